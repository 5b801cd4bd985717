package org.gongshi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's document renderer: PDFs in the CJK font of {@code gongshi.pdf.font} (MicroProfile
 * Config) or the first Debian candidate present ({@link CjkFont}). Without any, writing a PDF is
 * refused with {@link FontMissing} (503 with a Chinese message), and the log names every path tried.
 */
@ApplicationScoped
public class DocumentRendering implements DocumentRenderer {

    private static final Logger LOG = Logger.getLogger(DocumentRendering.class.getName());

    @Inject
    @ConfigProperty(name = "gongshi.pdf.font")
    Optional<String> configuredFont;

    @Override
    public byte[] docx(OfficialDocument document) {
        return DocxWriter.write(document);
    }

    @Override
    public byte[] pdf(OfficialDocument document) {
        return DocumentRenderer.withFont(font()).pdf(document);
    }

    private Path font() {
        try {
            return CjkFont.find(CjkFont.candidates(configuredFont == null ? Optional.empty() : configuredFont));
        } catch (CjkFont.Missing e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw new FontMissing();
        }
    }

    /** No CJK TrueType font on the server: documents cannot be written as PDF until one is installed. */
    public static final class FontMissing extends org.gongshi.shared.GongshiException {
        public FontMissing() {
            super("error.document.font-missing");
        }

        @Override
        public Kind kind() {
            return Kind.UNAVAILABLE;
        }
    }
}
