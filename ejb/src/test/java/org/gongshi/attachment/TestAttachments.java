package org.gongshi.attachment;

import jakarta.persistence.EntityManager;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongshi.tenancy.DivisionCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Attaches a file to a notice as the attachment service stores it, for tests in other packages. */
public final class TestAttachments {

    private TestAttachments() {
    }

    /** Persists the attachment and its bytes in {@code em}'s transaction; returns the attachment id. */
    public static String attach(EntityManager em, DivisionCode division, String noticeId, String fileName, byte[] bytes) {
        CheckedFile file = new ContentCheck(AttachmentLimits.DEFAULT_MAX_BYTES).check(bytes);
        Attachment a = new Attachment(division, noticeId, fileName, file, "clerk", Instant.now());
        em.persist(a);
        em.persist(new AttachmentContent(a, file.bytes()));
        return a.id();
    }

    /** A PDF with one Latin line per argument, in a standard font (no font file needed). */
    public static byte[] pdf(String... lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(50, 700);
                for (String line : lines) {
                    stream.showText(line);
                    stream.newLineAtOffset(0, -20);
                }
                stream.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small real PNG image. */
    public static byte[] png() {
        return SampleFiles.image("png");
    }
}
