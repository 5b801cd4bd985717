package org.gongshi.sheet;

import org.gongshi.shared.GongshiException;

import java.util.Objects;

/**
 * A spreadsheet that cannot be imported, with the reason as a translation key and its arguments
 * (row numbers, a cell address such as {@code D7}, a range such as {@code A5:C5}, an encoding): the
 * clerk reads what to change in the file, never a library's message. Nothing read before the
 * refusal may be kept — see {@link SheetListener}.
 */
public final class SheetRejected extends GongshiException {

    /** Why a file is refused; each with its translation key and how it is answered over HTTP. */
    public enum Reason {
        /** Arguments: the limit in MB. */
        TOO_LARGE("error.sheet.too-large", Kind.TOO_LARGE),
        /** Arguments: the most data rows allowed. */
        TOO_MANY_ROWS("error.sheet.too-many-rows", Kind.TOO_LARGE),
        /** Arguments: the most columns allowed. */
        TOO_MANY_COLUMNS("error.sheet.too-many-columns", Kind.INVALID),
        /** Not xlsx and not CSV by its bytes and name. */
        UNSUPPORTED_TYPE("error.sheet.unsupported-type", Kind.UNSUPPORTED),
        /** The old binary Excel format (.xls), or a web page saved with an .xls name. */
        OLD_EXCEL("error.sheet.old-excel", Kind.UNSUPPORTED),
        /** Excel binary workbook (.xlsb). */
        BINARY_EXCEL("error.sheet.binary-excel", Kind.UNSUPPORTED),
        /** A workbook with macros (.xlsm) or a VBA project inside. */
        MACROS("error.sheet.macros", Kind.UNSUPPORTED),
        /** A workbook protected by a password to open. */
        ENCRYPTED("error.sheet.encrypted", Kind.UNSUPPORTED),
        /** A damaged, cut-off or not really xlsx file. */
        CORRUPT("error.sheet.corrupt", Kind.INVALID),
        /** A compressed file that inflates far beyond anything a real list needs (a zip bomb). */
        ZIP_BOMB("error.sheet.zip-bomb", Kind.INVALID),
        /** The upload broke off. */
        UNREADABLE("error.sheet.unreadable", Kind.INVALID),
        /** A CSV that is neither UTF-8 nor GBK/GB18030 (nor UTF-16 with a byte-order mark). */
        ENCODING("error.sheet.encoding", Kind.INVALID),
        /** Arguments: the encoding detected at the start, the row where a byte sequence broke it. */
        ENCODING_BROKEN("error.sheet.encoding-broken", Kind.INVALID),
        /** Arguments: the row where a quoted CSV field is not closed properly. */
        CSV_QUOTES("error.sheet.csv-quotes", Kind.INVALID),
        /** No content at all (no visible sheet with a filled cell, or an empty CSV). */
        EMPTY("error.sheet.empty", Kind.INVALID),
        /** Arguments: the number of non-blank rows searched for a header. */
        NO_HEADER("error.sheet.no-header", Kind.INVALID),
        /** Arguments: the header row. */
        HEADER_ONLY("error.sheet.header-only", Kind.INVALID),
        /** Arguments: the cell address. */
        FORMULA("error.sheet.formula", Kind.INVALID),
        /** Arguments: the merged range. */
        MERGED_CELLS("error.sheet.merged-cells", Kind.INVALID),
        /** Arguments: the cell address. */
        NUMBER_PRECISION("error.sheet.number-precision", Kind.INVALID),
        /** Arguments: the cell address, the most characters allowed. */
        CELL_TOO_LONG("error.sheet.cell-too-long", Kind.INVALID),
        /** Arguments: up to 10 row numbers joined by 、, how many such rows in all, the header's column count. */
        RAGGED_ROWS("error.sheet.ragged-rows", Kind.INVALID);

        private final String key;
        private final Kind kind;

        Reason(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        public String key() {
            return key;
        }

        public Kind kind() {
            return kind;
        }
    }

    private final Reason reason;

    SheetRejected(Reason reason, Object... arguments) {
        super(Objects.requireNonNull(reason, "Reason is required.").key(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return reason.kind();
    }
}
