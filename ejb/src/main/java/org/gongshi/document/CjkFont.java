package org.gongshi.document;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the Chinese font of generated PDFs (printed boards, letters, reports) comes from. PDFBox
 * embeds (and subsets) TrueType outlines only — not the CFF outlines of Noto Sans CJK's OTF files — so the candidates are
 * TrueType CJK fonts from Debian packages: WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}, preferred),
 * Droid Sans Fallback ({@code fonts-droid-fallback}), AR PL UMing ({@code fonts-arphic-uming}).
 * {@code gongshi.pdf.font} (MicroProfile Config) names another file and is tried first.
 */
public final class CjkFont {

    public static final List<Path> DEBIAN_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    private CjkFont() {
    }

    /** The paths to try, in order: the configured one (if any), then the Debian candidates. */
    public static List<Path> candidates(Optional<String> configured) {
        return candidates(configured, DEBIAN_CANDIDATES);
    }

    public static List<Path> candidates(Optional<String> configured, List<Path> fallbacks) {
        List<Path> paths = new ArrayList<>();
        configured.filter(s -> !s.isBlank()).map(String::strip).map(Path::of).ifPresent(paths::add);
        paths.addAll(fallbacks);
        return paths;
    }

    private static final java.util.Map<Path, Loaded> SHARED = new java.util.HashMap<>();

    /**
     * The font at {@code file}, parsed once per process and kept open: parsing a 16 MB collection
     * costs far more than writing a letter with it. PDFBox does not close a font it embeds from a
     * {@code TrueTypeFont}, so one parsed font serves every document — one document at a time:
     * callers hold the returned object's monitor while they write (the font is not thread-safe).
     */
    public static Loaded shared(Path file) throws IOException {
        synchronized (SHARED) {
            Loaded loaded = SHARED.get(file);
            if (loaded == null) {
                loaded = Loaded.open(file);
                SHARED.put(file, loaded);
            }
            return loaded;
        }
    }

    /** The first readable candidate; otherwise {@link Missing}, naming every path tried. */
    public static Path find(List<Path> candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                return p;
            }
        }
        throw new Missing(candidates);
    }

    /** No usable CJK TrueType font on this machine: printing is unavailable until one is installed. */
    public static final class Missing extends RuntimeException {
        private final List<Path> tried;

        public Missing(List<Path> tried) {
            super("No CJK TrueType font for printed boards; tried " + tried
                    + " (install fonts-wqy-zenhei, or set gongshi.pdf.font to a TrueType CJK font)");
            this.tried = List.copyOf(tried);
        }

        public List<Path> tried() {
            return tried;
        }
    }

    /** The TrueType font, from a single file or the first face of a collection (.ttc), kept open while a PDF is written. */
    public record Loaded(TrueTypeFont font, Closeable source) implements Closeable {

        public static Loaded open(Path file) throws IOException {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(ttf -> {
                    if (first[0] == null) {
                        first[0] = ttf;
                    }
                });
                if (first[0] == null) {
                    collection.close();
                    throw new IOException("No font in the collection " + file);
                }
                return new Loaded(first[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new Loaded(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
