package org.gongshi.document;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Reaches the PDF writer's line breaking on the machine's CJK font. */
final class PdfWriterProbe {

    List<String> wrap(String text, float size, float width) {
        try (PDDocument doc = new PDDocument()) {
            CjkFont.Loaded font = CjkFont.shared(CjkFont.find(CjkFont.candidates(Optional.empty())));
            synchronized (font) {
                return PdfWriter.probe(doc, font).wrap(text, size, width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
