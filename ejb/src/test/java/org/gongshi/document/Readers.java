package org.gongshi.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens generated documents with the readers people have: poppler's {@code pdftotext} for PDF and
 * LibreOffice (headless, its own profile) for Word files. A missing reader fails the test, it does
 * not skip it: {@code .ci/run} installs {@code poppler-utils} and {@code libreoffice-writer-nogui}.
 */
public final class Readers {

    private Readers() {
    }

    /** The text of a PDF as pdftotext lays it out ({@code -layout}), pages separated by form feeds. */
    public static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gongshi-pdf");
        Path file = dir.resolve("document.pdf");
        Files.write(file, pdf);
        run(dir, 60, "pdftotext", "-layout", "-enc", "UTF-8", file.toString(), dir.resolve("document.txt").toString());
        return Files.readString(dir.resolve("document.txt"), StandardCharsets.UTF_8);
    }

    /** The page count pdfinfo reports. */
    public static int pdfPages(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gongshi-pdf");
        Path file = dir.resolve("document.pdf");
        Files.write(file, pdf);
        String info = run(dir, 60, "pdfinfo", file.toString());
        return info.lines().filter(l -> l.startsWith("Pages:")).map(l -> Integer.parseInt(l.substring(6).strip()))
                .findFirst().orElseThrow();
    }

    /**
     * The plain text LibreOffice reads out of each Word file (converted in one run, which costs
     * seconds: LibreOffice starts once), keyed like the input.
     */
    public static Map<String, String> wordTexts(Map<String, byte[]> docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gongshi-docx");
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "txt:Text (encoded):UTF8",
                "--outdir", dir.toString()));
        for (String name : docx.keySet()) {
            Path file = dir.resolve(name + ".docx");
            Files.write(file, docx.get(name));
            command.add(file.toString());
        }
        run(dir, 180, command.toArray(String[]::new));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : docx.keySet()) {
            Path txt = dir.resolve(name + ".txt");
            if (!Files.exists(txt)) {
                throw new AssertionError("LibreOffice could not open " + name + ".docx");
            }
            texts.put(name, Files.readString(txt, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static String run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed (poppler-utils / libreoffice-writer-nogui)", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish in " + seconds + " s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(command[0] + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
