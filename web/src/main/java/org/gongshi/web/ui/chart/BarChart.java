package org.gongshi.web.ui.chart;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.gongshi.web.site.Html;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart: one row per label, the bar's length proportional to its value (the
 * largest value fills the bar area), the value written after the bar. Drawn on the server as SVG
 * ({@link Svg}); labels are XML-escaped, so a label can never become markup. The SVG is an image
 * with an accessible name that states every value ({@link #textAlternative()}), and an empty chart
 * says so in words instead of drawing nothing.
 */
public class BarChart extends Div {

    /**
     * One row of the chart. {@code colour} is optional (null: the theme's accent colour): a hex colour
     * such as {@code #2e7d32}; anything else is refused, so a colour can never become markup.
     */
    public record Bar(String label, long value, String colour) {
        public Bar {
            Objects.requireNonNull(label, "Label is required.");
            if (value < 0) {
                throw new IllegalArgumentException("A bar cannot be negative.");
            }
            if (colour != null && !colour.matches("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("A bar's colour is a hex colour like #2e7d32.");
            }
        }

        /** A bar in the theme's accent colour. */
        public Bar(String label, long value) {
            this(label, value, null);
        }
    }

    /** Width of the drawing in SVG units; it scales to the width of its container. */
    static final int WIDTH = 600;
    static final int LABEL_WIDTH = 170;
    static final int VALUE_WIDTH = 60;
    /** The length of the longest bar. */
    static final int BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    /** Longer labels are cut (the full label stays in the tooltip and in the text alternative). */
    static final int LABEL_MAX = 12;

    private final String title;
    private final String emptyText;
    private final Svg svg = new Svg();
    private final Span empty = new Span();
    private List<Bar> bars = List.of();

    /**
     * @param title what the chart shows, the start of its accessible name
     * @param emptyText what to say when there is nothing to draw
     */
    public BarChart(String title, String emptyText) {
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.emptyText = Objects.requireNonNull(emptyText, "Empty text is required.");
        addClassName("bar-chart");
        setWidthFull();
        getStyle().set("max-width", "40rem");
        empty.setText(emptyText);
        empty.addClassName("bar-chart-empty");
        add(svg, empty);
        setBars(List.of());
    }

    /** Draws {@code newBars} in the order given. */
    public void setBars(List<Bar> newBars) {
        bars = List.copyOf(newBars);
        boolean nothing = bars.isEmpty();
        empty.setVisible(nothing);
        svg.setVisible(!nothing);
        svg.setSvg(nothing ? "" : svg(title, textAlternative(), bars));
    }

    public List<Bar> getBars() {
        return bars;
    }

    /** The chart in words: {@code 标题：甲 3；乙 1。} — the accessible name of the image. */
    public String textAlternative() {
        if (bars.isEmpty()) {
            return title + "：" + emptyText;
        }
        return title + "：" + bars.stream().map(b -> b.label() + " " + b.value()).collect(Collectors.joining("；")) + "。";
    }

    /** The SVG markup; every text escaped. */
    static String svg(String title, String textAlternative, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = bars.size() * ROW_HEIGHT + 4;
        StringBuilder out = new StringBuilder(256 + bars.size() * 300);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(textAlternative))
                .append("\" style=\"font-size: 13px; overflow: visible\">")
                .append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW_HEIGHT + 2;
            double width = barWidth(bar.value(), max);
            double middle = top + ROW_HEIGHT / 2.0;
            out.append("<g class=\"bar-row\">")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(number(middle))
                    .append("\" dominant-baseline=\"middle\" text-anchor=\"end\" fill=\"currentColor\">")
                    .append(escape(shortened(bar.label())))
                    .append("<title>").append(escape(bar.label())).append("</title></text>")
                    .append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"")
                    .append(number(middle - BAR_HEIGHT / 2.0)).append("\" width=\"").append(number(width))
                    .append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" rx=\"3\" style=\"fill: ")
                    .append(bar.colour() == null ? "var(--aura-accent-color, #2f6fdf)" : bar.colour()).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(number(LABEL_WIDTH + width + 6)).append("\" y=\"")
                    .append(number(middle)).append("\" dominant-baseline=\"middle\" fill=\"currentColor\">")
                    .append(bar.value()).append("</text>")
                    .append("</g>");
        }
        return out.append("</svg>").toString();
    }

    /** The bar's length: the largest value fills {@link #BAR_AREA}; nothing when every value is 0. */
    static double barWidth(long value, long max) {
        return max <= 0 ? 0 : BAR_AREA * (double) value / max;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shortened(String label) {
        int length = label.codePointCount(0, label.length());
        if (length <= LABEL_MAX) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_MAX - 1)) + "…";
    }

    /** Text for SVG (XML) content and attributes: the same escaping as every server-rendered page. */
    static String escape(String text) {
        return Html.text(text);
    }
}
