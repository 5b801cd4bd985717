package org.gongshi.search;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshi.attachment.AllowedType;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of a PDF, Word (docx) or Excel (xlsx) attachment, for the index. Images have none. A file
 * that cannot be read is logged and skipped: the notice is still indexed by its title and body.
 */
final class AttachmentText {

    private static final Logger LOG = Logger.getLogger(AttachmentText.class.getName());
    /** Characters kept of one file. */
    static final int MAX_CHARS = 100_000;
    /** Pages of a PDF read at most: a notice's annex, not a book. */
    static final int MAX_PDF_PAGES = 200;

    private AttachmentText() {
    }

    static String extract(String mediaType, byte[] bytes, String nameForLog) {
        Optional<AllowedType> type = AllowedType.ofMediaType(mediaType);
        if (type.isEmpty()) {
            return "";
        }
        try {
            String text = switch (type.get()) {
                case PDF -> pdf(bytes);
                case DOCX -> docx(bytes);
                case XLSX -> xlsx(bytes);
                default -> "";
            };
            text = text.replaceAll("\\s+", " ").strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.log(Level.WARNING, "Could not read the text of attachment " + nameForLog + " (" + mediaType
                    + "); it is not searchable: " + e);
            return "";
        }
    }

    private static String pdf(byte[] bytes) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
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
