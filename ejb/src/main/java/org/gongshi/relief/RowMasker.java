package org.gongshi.relief;

import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.IdNumberHash;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.sheet.ColumnMapping;
import org.gongshi.sheet.SheetHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Masks the rows of one list as they are read: every cell by the rule of its column's field type
 * ({@link MaskingPolicy#mask}: a value that cannot be read as its type is masked whole, free text is
 * scanned and every personal number in it masked), the first ID-number column also hashed with the
 * tenant's key. Columns whose rule is {@link MaskRule#REMOVED} are left out of the published table.
 * Pure: no database, used by the import and the benchmark alike.
 */
public final class RowMasker {

    private final MaskingPolicy policy;
    private final IdNumberHash hash;
    private final FieldType[] types;
    private final int[] published;
    private final int nameColumn;
    private final int idColumn;

    /**
     * @param hash {@code null} to hash nothing (the benchmark measures masking alone)
     */
    public RowMasker(SheetHeader header, ColumnMapping mapping, MaskingPolicy policy, IdNumberHash hash) {
        this.policy = Objects.requireNonNull(policy, "Policy is required.");
        this.hash = hash;
        int width = header.width();
        this.types = mapping.forWidth(width).toArray(FieldType[]::new);
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if (policy.rule(types[i]) != MaskRule.REMOVED) {
                shown.add(i);
            }
        }
        this.published = shown.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> names = mapping.columnsOf(FieldType.NAME);
        List<Integer> ids = mapping.columnsOf(FieldType.ID_NUMBER);
        this.nameColumn = names.isEmpty() || names.getFirst() >= width ? -1 : names.getFirst();
        this.idColumn = ids.isEmpty() || ids.getFirst() >= width ? -1 : ids.getFirst();
    }

    /** The headings of the published columns, themselves scanned (a heading may hold a number too). */
    public List<String> headings(SheetHeader header) {
        List<String> out = new ArrayList<>(published.length);
        for (int column : published) {
            String heading = header.cells().get(column);
            out.add(heading.isBlank() ? "第" + (column + 1) + "列" : policy.maskFreeText(heading));
        }
        return out;
    }

    /** The field types of the published columns. */
    public List<FieldType> fieldTypes() {
        List<FieldType> out = new ArrayList<>(published.length);
        for (int column : published) {
            out.add(types[column]);
        }
        return out;
    }

    /** One row masked; {@code cells} is as wide as the header. */
    public MaskedRow mask(List<String> cells) {
        List<String> out = new ArrayList<>(published.length);
        for (int column : published) {
            out.add(policy.mask(types[column], cells.get(column)));
        }
        String maskedName = null;
        if (nameColumn >= 0) {
            String name = policy.mask(FieldType.NAME, cells.get(nameColumn));
            maskedName = name.isEmpty() ? null : name.length() > 100 ? name.substring(0, 100) : name;
        }
        String idHash = hash == null || idColumn < 0 ? null : hash.of(cells.get(idColumn)).orElse(null);
        return new MaskedRow(out, maskedName, idHash);
    }
}
