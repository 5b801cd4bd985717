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
    private final ColumnMemo[] memos;

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
        this.memos = new ColumnMemo[width];
        for (int i = 0; i < width; i++) {
            memos[i] = new ColumnMemo();
        }
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

    /**
     * One cell by its column's rule. Two shortcuts, both giving exactly what {@link MaskingPolicy#mask}
     * gives (measured in docs/benchmarks.md, "Relief import: parse + mask"):
     * <ul>
     *   <li>text shown as written ({@link MaskRule#FULL}) with fewer than {@value #MIN_FINDING_DIGITS}
     *       digits cannot hold an ID, mobile or card number (the scanner finds none below 11 digits),
     *       so it is not scanned;</li>
     *   <li>a column's repeated values (category, reason, group, amount…) are masked once: the
     *       result is remembered for the import's duration, in memory only, and a column that turns
     *       out to hold unique values (names, IDs, addresses) stops being remembered.</li>
     * </ul>
     */
    String maskCell(int column, String value) {
        FieldType type = types[column];
        if (policy.rule(type) == MaskRule.FULL && fewDigits(value)) {
            return value == null ? "" : value.strip();
        }
        return memos[column].mask(value, v -> policy.mask(type, v));
    }

    /** The fewest digits of any personal number the scanner reports (a mobile number). */
    static final int MIN_FINDING_DIGITS = 11;

    private static boolean fewDigits(String value) {
        if (value == null) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i)) && ++digits >= MIN_FINDING_DIGITS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Remembers a column's masked values while they repeat (names repeat too in a village); gives up
     * on a column where, after {@value #PROBE} values, fewer than half were repeats (IDs, cards, addresses).
     */
    private static final class ColumnMemo {
        private static final int PROBE = 4_096;
        private static final int MAX_ENTRIES = 65_536;
        private final java.util.HashMap<String, String> masked = new java.util.HashMap<>();
        private int lookups;
        private int hits;
        private boolean off;

        String mask(String value, java.util.function.UnaryOperator<String> masker) {
            if (off || value == null) {
                return masker.apply(value);
            }
            lookups++;
            String known = masked.get(value);
            if (known != null) {
                hits++;
                return known;
            }
            String result = masker.apply(value);
            if (lookups >= PROBE && hits * 2 < lookups) {
                off = true;
                masked.clear();
            } else if (masked.size() < MAX_ENTRIES) {
                masked.put(value, result);
            }
            return result;
        }
    }

    /** One row masked; {@code cells} is as wide as the header. */
    public MaskedRow mask(List<String> cells) {
        List<String> out = new ArrayList<>(published.length);
        for (int column : published) {
            out.add(maskCell(column, cells.get(column)));
        }
        String maskedName = null;
        if (nameColumn >= 0) {
            // The name column is usually published: its masked cell is the masked name, not masked twice.
            int shownAt = java.util.Arrays.binarySearch(published, nameColumn);
            String name = shownAt >= 0 ? out.get(shownAt) : policy.mask(FieldType.NAME, cells.get(nameColumn));
            maskedName = name.isEmpty() ? null : name.length() > 100 ? name.substring(0, 100) : name;
        }
        String idHash = hash == null || idColumn < 0 ? null : hash.of(cells.get(idColumn)).orElse(null);
        return new MaskedRow(out, maskedName, idHash);
    }
}
