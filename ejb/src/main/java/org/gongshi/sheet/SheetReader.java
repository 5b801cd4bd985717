package org.gongshi.sheet;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the spreadsheet a clerk already has — xlsx, or CSV in UTF-8 or GBK — and hands it over
 * row by row: the header first, then each data row, with progress. Rows are never collected nor
 * written anywhere: memory holds the rows above the header, one data row, and for xlsx the
 * compressed upload (a ZIP is read from its directory at the end) and its shared strings.
 * <p>
 * What a file is comes from its bytes: a ZIP is read as xlsx (a macro-enabled, binary or
 * non-spreadsheet package is refused), an OLE2 file is refused — the old binary .xls (save it as
 * .xlsx or CSV: supporting it would double the parsing code facing uploads, for a format Excel
 * stopped writing by default in 2007) or a workbook encrypted with a password — and anything else
 * named .csv, .txt or .tsv is read as CSV. The upload is cut off at {@link SheetLimits#maxBytes()}
 * as it is read.
 * <p>
 * Every cell is normalised: trimmed, inner runs of white space (full-width spaces and line breaks
 * included) collapsed to one space; numbers as written (see {@link XlsxSheet}), dates as
 * yyyy-MM-dd. Every refusal is a {@link SheetRejected} with a translation key; nothing of a
 * library's message reaches the clerk.
 */
public final class SheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private SheetReader() {
    }

    /**
     * Reads the whole file into {@code listener}.
     *
     * @param content  the upload, read once and not closed
     * @param fileName the name the file was uploaded under (used only to tell a CSV from other text)
     * @return what was read, after the last row and progress report
     * @throws SheetRejected when the file cannot be imported — possibly after rows were delivered
     */
    public static SheetSummary read(InputStream content, String fileName, SheetLimits limits, SheetListener listener) {
        return read(content, fileName, -1, limits, listener);
    }

    /**
     * As {@link #read(InputStream, String, SheetLimits, SheetListener)}, with the size the client
     * declared (for progress of a CSV; -1 when unknown). A declared size over the limit is refused
     * at once; a smaller one is not trusted — the stream is cut off at the limit all the same.
     */
    public static SheetSummary read(InputStream content, String fileName, long declaredSize, SheetLimits limits,
                                    SheetListener listener) {
        Objects.requireNonNull(listener, "Listener is required.");
        return dispatch(content, fileName, declaredSize, limits, listener, false);
    }

    /**
     * Reads only as far as the header and the first data row (for choosing the column mapping
     * before the import). Formulas, merged cells and ragged rows further down are found only by
     * {@link #read}.
     */
    public static SheetHeader readHeader(InputStream content, String fileName, SheetLimits limits) {
        SheetHeader[] header = new SheetHeader[1];
        SheetListener keepHeader = new SheetListener() {
            @Override
            public void header(SheetHeader h) {
                header[0] = h;
            }

            @Override
            public void row(SheetRow row) {
                // the first row only proves there is data; it is not kept
            }
        };
        try {
            return dispatch(content, fileName, -1, limits, keepHeader, true).header();
        } catch (RowFeed.EnoughRead e) {
            return header[0];
        }
    }

    private static SheetSummary dispatch(InputStream content, String fileName, long declaredSize, SheetLimits limits,
                                         SheetListener listener, boolean headerOnly) {
        Objects.requireNonNull(content, "Content is required.");
        Objects.requireNonNull(limits, "Limits are required.");
        if (declaredSize > limits.maxBytes()) {
            throw new SheetRejected(SheetRejected.Reason.TOO_LARGE, limits.maxMegabytes());
        }
        CappedInputStream capped = new CappedInputStream(content, limits);
        BufferedInputStream in = new BufferedInputStream(capped, 8);
        byte[] magic;
        try {
            in.mark(8);
            magic = in.readNBytes(8);
            in.reset();
        } catch (IOException e) {
            throw new SheetRejected(SheetRejected.Reason.UNREADABLE);
        }
        if (magic.length == 0) {
            throw new SheetRejected(SheetRejected.Reason.EMPTY);
        }
        try {
            if (startsWith(magic, ZIP) || startsWith(magic, EMPTY_ZIP)) {
                return XlsxReader.read(readAll(in), limits, listener, headerOnly);
            }
            if (startsWith(magic, OLE2)) {
                throw ole2(readAll(in));
            }
            String extension = extension(fileName);
            switch (extension) {
                case "csv", "txt", "tsv" -> {
                    // The probe's buffer holds the first bytes; CSV reads on through it.
                    return CsvReader.read(in, capped::count, declaredSize, limits, listener, headerOnly);
                }
                case "xls", "et" -> throw new SheetRejected(SheetRejected.Reason.OLD_EXCEL);
                case "xlsx", "xlsm", "xltx" -> throw new SheetRejected(SheetRejected.Reason.CORRUPT);
                default -> throw new SheetRejected(SheetRejected.Reason.UNSUPPORTED_TYPE);
            }
        } catch (RuntimeException e) {
            RuntimeException t = translate(e);
            throw t instanceof RowFeed.ListenerFailed l ? l.original() : t;
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SheetRejected(SheetRejected.Reason.UNREADABLE);
        }
    }

    /** An OLE2 compound file: an encrypted xlsx (EncryptionInfo stream) or an old .xls (Workbook stream). */
    private static SheetRejected ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new SheetRejected(SheetRejected.Reason.ENCRYPTED);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new SheetRejected(SheetRejected.Reason.OLD_EXCEL);
            }
            return new SheetRejected(SheetRejected.Reason.UNSUPPORTED_TYPE);
        } catch (IOException | RuntimeException e) {
            return new SheetRejected(SheetRejected.Reason.CORRUPT);
        }
    }

    /**
     * What a failure inside a reader means for the clerk: our own refusal as it is, the listener's
     * exception still wrapped (unwrapped once, at the top), anything a library threw (damaged ZIP,
     * bad XML, nonsense values) as a damaged file.
     */
    static RuntimeException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SheetRejected r) {
                return r;
            }
            if (t instanceof RowFeed.ListenerFailed l) {
                return l;
            }
            if (t instanceof RowFeed.EnoughRead e) {
                return e;
            }
            if (t instanceof org.xml.sax.SAXException s && s.getException() != null && s.getException() != t.getCause()) {
                RuntimeException inner = translate(s.getException());
                if (!(inner instanceof SheetRejected r && r.reason() == SheetRejected.Reason.CORRUPT)) {
                    return inner;
                }
            }
        }
        return new SheetRejected(SheetRejected.Reason.CORRUPT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
