package org.gongshi.web.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the Chinese font of the printed boards comes from. PDFBox embeds (and subsets) TrueType
 * outlines only — not the CFF outlines of Noto Sans CJK's OTF files — so the candidates are
 * TrueType CJK fonts from Debian packages: WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}, preferred),
 * Droid Sans Fallback ({@code fonts-droid-fallback}), AR PL UMing ({@code fonts-arphic-uming}).
 * {@code gongshi.pdf.font} (MicroProfile Config) names another file and is tried first.
 */
public final class CjkFont {

    static final List<Path> DEBIAN_CANDIDATES = List.of(
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

    static List<Path> candidates(Optional<String> configured, List<Path> fallbacks) {
        List<Path> paths = new ArrayList<>();
        configured.filter(s -> !s.isBlank()).map(String::strip).map(Path::of).ifPresent(paths::add);
        paths.addAll(fallbacks);
        return paths;
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
}
