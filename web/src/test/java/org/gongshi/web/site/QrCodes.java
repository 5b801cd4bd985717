package org.gongshi.web.site;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

import java.awt.image.BufferedImage;
import java.util.LinkedHashSet;
import java.util.Set;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the QR codes our pages draw as SVG, the way a phone would (shared with the integration tests). */
public final class QrCodes {

    private QrCodes() {
    }

    /** Renders the SVG's squares as pixels, as a screen would, and reads them with a QR decoder. */
    public static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).as("an SVG with a viewBox: " + svg).isTrue();
        int scale = 4;
        int width = Integer.parseInt(box.group(1)) * scale;
        int height = Integer.parseInt(box.group(2)) * scale;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1)) * scale;
            int y0 = Integer.parseInt(run.group(2)) * scale;
            int w = Integer.parseInt(run.group(3)) * scale;
            for (int y = y0; y < y0 + scale; y++) {
                Arrays.fill(pixels, y * width + x0, y * width + x0 + w, 0xFF000000);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            // ZXing's finder-pattern search misses about one valid code in a hundred (measured over random
            // verification URLs); a phone simply tries the next camera frame. The code alone on white, as
            // drawn here, is then read module by module.
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        }
    }

    /** Every QR code in a rendered page image (e.g. a PDF page through pdftoppm), as a phone camera would read them. */
    public static Set<String> decodeAll(BufferedImage image) throws Exception {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Set<String> texts = new LinkedHashSet<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                    DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                texts.add(r.getText());
            }
        } catch (NotFoundException e) {
            // No code on this image: an empty set.
        }
        return texts;
    }
}
