package org.gongshi.web.site;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * QR codes for the public pages as inline SVG: plain squares in the page itself, so nothing is
 * fetched, nothing runs, and the code stays sharp when the notice is printed.
 */
final class QrCode {

    /** The quiet zone around the code, in modules; scanners need four. */
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * {@code text} as a QR code (error correction M), drawn {@code size} CSS pixels wide; {@code label}
     * is its text alternative for screen readers.
     */
    static String svg(String text, String label, int size) {
        Objects.requireNonNull(text, "Text is required.");
        Objects.requireNonNull(label, "Label is required.");
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters).", e);
        }
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < width && modules.get(x + run, y)) {
                    run++;
                }
                // One dark run of a row: a rectangle `run` modules wide and one high.
                path.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        String alt = Html.text(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + size
                + "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + alt + "\"><title>"
                + alt + "</title><rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
