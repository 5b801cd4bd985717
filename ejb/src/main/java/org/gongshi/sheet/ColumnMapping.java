package org.gongshi.sheet;

import org.gongshi.privacy.FieldType;
import org.gongshi.shared.InvalidInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which kind each column holds: column index → {@link FieldType}; a column not named is
 * {@link FieldType#OTHER} (scanned for personal data and masked where found). Its text form, for
 * storing a mapping per list type, names columns by their Excel letters and leaves OTHER out:
 * {@code A=NAME;B=ID_NUMBER;D=PHONE;F=AMOUNT}.
 */
public record ColumnMapping(SortedMap<Integer, FieldType> types) {

    /** Columns a mapping may name (Excel's widest sheet has 16,384). */
    static final int MAX_COLUMN = 16_383;

    public ColumnMapping {
        TreeMap<Integer, FieldType> copy = new TreeMap<>();
        types.forEach((column, type) -> {
            if (column == null || column < 0 || column > MAX_COLUMN || type == null) {
                throw new IllegalArgumentException("Column " + column + " → " + type + " is not a mapping.");
            }
            if (type != FieldType.OTHER) {
                copy.put(column, type);
            }
        });
        types = Collections.unmodifiableSortedMap(copy);
    }

    public static ColumnMapping of(Map<Integer, FieldType> types) {
        return new ColumnMapping(new TreeMap<>(types));
    }

    /** From one kind per column, in column order. */
    public static ColumnMapping of(List<FieldType> perColumn) {
        TreeMap<Integer, FieldType> types = new TreeMap<>();
        for (int i = 0; i < perColumn.size(); i++) {
            types.put(i, perColumn.get(i));
        }
        return new ColumnMapping(types);
    }

    public FieldType typeOf(int column) {
        return types.getOrDefault(column, FieldType.OTHER);
    }

    /** The columns mapped to {@code type}, ascending (never OTHER's: those are all the others). */
    public List<Integer> columnsOf(FieldType type) {
        List<Integer> columns = new ArrayList<>();
        types.forEach((column, t) -> {
            if (t == type) {
                columns.add(column);
            }
        });
        return columns;
    }

    /** One kind per column for a header of {@code width} columns. */
    public List<FieldType> forWidth(int width) {
        List<FieldType> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            out.add(typeOf(i));
        }
        return out;
    }

    /** {@code A=NAME;B=ID_NUMBER}; empty when every column is OTHER. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        types.forEach((column, type) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(Cells.columnName(column)).append('=').append(type.name());
        });
        return out.toString();
    }

    /**
     * Reads {@link #asText()}. A wrong part is refused with {@code error.sheet.mapping-invalid} and
     * the part, since the text may come from a form or an API call.
     */
    public static ColumnMapping parse(String text) {
        TreeMap<Integer, FieldType> types = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return new ColumnMapping(types);
        }
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInput("error.sheet.mapping-invalid", p);
            }
            String letters = p.substring(0, eq).strip();
            int column = Cells.columnOf(letters);
            if (column < 0 || column > MAX_COLUMN || !letters.equals(Cells.columnName(column))) {
                throw new InvalidInput("error.sheet.mapping-invalid", p);
            }
            FieldType type;
            try {
                type = FieldType.valueOf(p.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("error.sheet.mapping-invalid", p);
            }
            if (types.put(column, type) != null) {
                throw new InvalidInput("error.sheet.mapping-invalid", p);
            }
        }
        return new ColumnMapping(types);
    }

    @Override
    public String toString() {
        return asText();
    }
}
