package org.gongshi.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/** Writes documents as Word and PDF; the PDF with the CJK font it was made with. */
public interface DocumentRenderer {

    byte[] docx(OfficialDocument document);

    byte[] pdf(OfficialDocument document);

    /** A renderer that sets PDFs in the TrueType font at {@code fontFile}. */
    static DocumentRenderer withFont(Path fontFile) {
        Objects.requireNonNull(fontFile, "Font file is required.");
        return new DocumentRenderer() {
            @Override
            public byte[] docx(OfficialDocument document) {
                return DocxWriter.write(document);
            }

            @Override
            public byte[] pdf(OfficialDocument document) {
                try {
                    return PdfWriter.write(document, fontFile);
                } catch (IOException e) {
                    throw new UncheckedIOException("Writing a PDF in memory failed.", e);
                }
            }
        };
    }
}
