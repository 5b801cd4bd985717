package org.gongshi.web.print;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gongshi.shared.InvalidInput;

import java.util.Locale;

/**
 * The two sheet sizes of a printed board, portrait: A4 for a few notices, A3 for a big board. Each
 * carries its own layout: more columns and larger type on A3, which is read from further away.
 */
public enum Paper {
    A4(PDRectangle.A4, 2, 36f, 16f, 20f, 14f, 12f, 9.5f, 8f, 68f),
    A3(PDRectangle.A3, 3, 48f, 22f, 30f, 20f, 14f, 11f, 9f, 84f);

    final PDRectangle size;
    final int columns;
    final float margin;
    final float gutter;
    final float divisionSize;
    final float boardTitleSize;
    final float titleSize;
    final float bodySize;
    final float smallSize;
    final float qrSize;

    Paper(PDRectangle size, int columns, float margin, float gutter, float divisionSize, float boardTitleSize,
          float titleSize, float bodySize, float smallSize, float qrSize) {
        this.size = size;
        this.columns = columns;
        this.margin = margin;
        this.gutter = gutter;
        this.divisionSize = divisionSize;
        this.boardTitleSize = boardTitleSize;
        this.titleSize = titleSize;
        this.bodySize = bodySize;
        this.smallSize = smallSize;
        this.qrSize = qrSize;
    }

    /** {@code A4} (also when nothing is asked for) or {@code A3}, in any case; anything else is refused. */
    public static Paper parse(String value) {
        if (value == null || value.isBlank()) {
            return A4;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "A4" -> A4;
            case "A3" -> A3;
            default -> throw new InvalidInput("print.error.paper", value.length() > 20 ? value.substring(0, 20) + "…" : value);
        };
    }
}
