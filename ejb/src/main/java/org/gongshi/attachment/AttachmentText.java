package org.gongshi.attachment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of a PDF, Word (docx) or Excel (xlsx) attachment (PDFBox, POI), for the search index and
 * for the personal-data check before publication. Lines stay lines — a PDF's text lines, a document's
 * paragraphs, a sheet's rows (cells separated by tabs) — so a finding can be placed by line. Images
 * have no text. A file that cannot be read is logged and reported as such, never as empty text.
 */
public final class AttachmentText {

    private static final Logger LOG = Logger.getLogger(AttachmentText.class.getName());
    /** Characters the index keeps of one file. */
    static final int INDEX_MAX_CHARS = 100_000;
    /** Pages of a PDF the index reads at most: a notice's annex, not a book. */
    static final int INDEX_MAX_PDF_PAGES = 200;

    /** What reading a file gave. */
    public enum Status {
        /** Its text, whole. */
        TEXT,
        /** A kind without text (an image). */
        NO_TEXT,
        /** A PDF, Word or Excel file that could not be read (damaged, encrypted, a zip bomb). */
        UNREADABLE,
        /** Read, but longer than the limit: only the beginning is in {@code text}. */
        TRUNCATED
    }

    /** The text read and how far the reading got. */
    public record Extracted(Status status, String text) {
        public Extracted {
            Objects.requireNonNull(status, "Status is required.");
            text = text == null ? "" : text;
        }
    }

    private AttachmentText() {
    }

    /**
     * The text of a file of {@code mediaType}, up to {@code maxChars} characters and {@code maxPdfPages}
     * pages; a longer file is {@link Status#TRUNCATED}.
     */
    public static Extracted read(String mediaType, byte[] bytes, String nameForLog, int maxChars, int maxPdfPages) {
        Optional<AllowedType> type = AllowedType.ofMediaType(mediaType);
        if (type.isEmpty() || !hasText(type.get())) {
            return new Extracted(Status.NO_TEXT, "");
        }
        try {
            boolean[] morePages = {false};
            String text = switch (type.get()) {
                case PDF -> pdf(bytes, maxPdfPages, morePages);
                case DOCX -> docx(bytes);
                case XLSX -> xlsx(bytes);
                default -> "";
            };
            if (text.length() > maxChars) {
                return new Extracted(Status.TRUNCATED, text.substring(0, maxChars));
            }
            return new Extracted(morePages[0] ? Status.TRUNCATED : Status.TEXT, text);
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.log(Level.WARNING, "Could not read the text of attachment " + nameForLog + " (" + mediaType + "): " + e);
            return new Extracted(Status.UNREADABLE, "");
        }
    }

    /**
     * The text for the search index: whitespace collapsed, at most {@value #INDEX_MAX_CHARS} characters
     * of the first {@value #INDEX_MAX_PDF_PAGES} pages; an unreadable file is not searchable (empty).
     */
    public static String forIndex(String mediaType, byte[] bytes, String nameForLog) {
        Extracted read = read(mediaType, bytes, nameForLog, Integer.MAX_VALUE, INDEX_MAX_PDF_PAGES);
        String text = read.text().replaceAll("\\s+", " ").strip();
        return text.length() > INDEX_MAX_CHARS ? text.substring(0, INDEX_MAX_CHARS) : text;
    }

    private static boolean hasText(AllowedType type) {
        return type == AllowedType.PDF || type == AllowedType.DOCX || type == AllowedType.XLSX;
    }

    private static String pdf(byte[] bytes, int maxPages, boolean[] morePages) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(maxPages);
            morePages[0] = doc.getNumberOfPages() > maxPages;
            return stripper.getText(doc);
        }
    }

    private static String docx(byte[] bytes) throws java.io.IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String xlsx(byte[] bytes) throws java.io.IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
            extractor.setIncludeSheetNames(false);
            return extractor.getText();
        }
    }
}
