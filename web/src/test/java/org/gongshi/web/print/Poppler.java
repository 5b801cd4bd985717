package org.gongshi.web.print;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Reads PDFs with poppler's command-line tools, the way a real reader sees them (shared with the
 * integration tests). A missing tool fails the test with the package to install — it never skips.
 */
public final class Poppler {

    private Poppler() {
    }

    /** The text of the PDF ({@code pdftotext}), in reading order. */
    public static String text(Path pdf) throws Exception {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** {@code pdffonts}: one line per font, with its type and whether it is embedded and subset. */
    public static String fonts(Path pdf) throws Exception {
        return run("pdffonts", pdf.toString());
    }

    /** {@code pdfinfo}: page count, page size, … */
    public static String info(Path pdf) throws Exception {
        return run("pdfinfo", pdf.toString());
    }

    /** Every page rendered at {@code dpi} ({@code pdftoppm -png}), in page order. */
    public static List<BufferedImage> pages(Path pdf, int dpi) throws Exception {
        Path dir = Files.createTempDirectory("gongshi-pages");
        run("pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toString(), dir.resolve("page").toString());
        List<BufferedImage> images = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path png : files.sorted().toList()) {
                images.add(ImageIO.read(png.toFile()));
                Files.delete(png);
            }
        }
        Files.delete(dir);
        return images;
    }

    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            return fail(command[0] + " is not installed: these tests read the PDF with poppler's tools."
                    + " Install them (Debian: apt-get install poppler-utils; .ci/run does).", e);
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail(command[0] + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            return fail(String.join(" ", command) + " failed (" + process.exitValue() + "): " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
