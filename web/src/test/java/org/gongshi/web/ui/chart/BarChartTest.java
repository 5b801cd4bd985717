package org.gongshi.web.ui.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server-drawn bar chart: escaped labels, bars to scale, a text alternative. */
class BarChartTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"甲\"";

    private static String markup(BarChart chart) {
        return chart.getChildren().filter(c -> c instanceof com.vaadin.flow.component.Svg).findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag, String className) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (className == null || className.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The label as drawn, without its tooltip. */
    private static String ownText(Element text) {
        StringBuilder out = new StringBuilder();
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(n.getNodeValue());
            }
        }
        return out.toString();
    }

    @Test
    void labels_are_escaped_so_that_no_label_becomes_markup_and_the_drawing_is_well_formed_svg() throws Exception {
        BarChart chart = new BarChart("图表 <b>标题</b>", "无");
        chart.setBars(List.of(new BarChart.Bar(HOSTILE, 2)));

        String svg = markup(chart);
        assertThat(svg).startsWith("<svg").doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;甲&quot;");
        Document parsed = parse(svg);
        assertThat(elements(parsed, "script", null)).isEmpty();
        Element label = elements(parsed, "text", "label").getFirst();
        assertThat(label.getTextContent()).as("label and its tooltip").contains(HOSTILE);
        assertThat(parsed.getDocumentElement().getAttribute("aria-label")).isEqualTo("图表 <b>标题</b>：" + HOSTILE + " 2。");
        assertThat(parsed.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void the_largest_value_fills_the_bar_area_and_the_others_are_to_scale() throws Exception {
        BarChart chart = new BarChart("逾期申请（按乡镇、村）", "没有逾期的申请。");
        chart.setBars(List.of(new BarChart.Bar("篁庄村委会", 8), new BarChart.Bar("西里村委会", 2), new BarChart.Bar("南田镇", 0)));

        Document parsed = parse(markup(chart));
        List<Element> bars = elements(parsed, "rect", "bar");
        assertThat(bars).extracting(b -> Double.parseDouble(b.getAttribute("width")))
                .containsExactly((double) BarChart.BAR_AREA, BarChart.BAR_AREA / 4.0, 0.0);
        assertThat(bars).extracting(b -> b.getAttribute("x")).containsOnly(String.valueOf(BarChart.LABEL_WIDTH));
        assertThat(elements(parsed, "text", "value")).extracting(Element::getTextContent).containsExactly("8", "2", "0");
        assertThat(elements(parsed, "text", "label")).extracting(BarChartTest::ownText)
                .containsExactly("篁庄村委会", "西里村委会", "南田镇");
        assertThat(chart.textAlternative()).isEqualTo("逾期申请（按乡镇、村）：篁庄村委会 8；西里村委会 2；南田镇 0。");
    }

    @Test
    void all_zero_values_draw_no_bar_and_no_bars_say_so_in_words() {
        assertThat(BarChart.barWidth(0, 0)).isZero();
        assertThat(BarChart.barWidth(3, 6)).isEqualTo(BarChart.BAR_AREA / 2.0);

        BarChart chart = new BarChart("未办结申请（按状态）", "没有未办结的申请。");
        chart.setBars(List.of());
        assertThat(markup(chart)).isEmpty();
        assertThat(chart.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Span).findFirst().orElseThrow())
                .satisfies(empty -> {
                    assertThat(empty.isVisible()).isTrue();
                    assertThat(empty.getElement().getText()).isEqualTo("没有未办结的申请。");
                });
        assertThat(chart.textAlternative()).isEqualTo("未办结申请（按状态）：没有未办结的申请。");
    }

    @Test
    void a_long_label_is_cut_on_the_drawing_and_kept_whole_in_its_tooltip() throws Exception {
        String name = "浙江省温州市文成县百丈漈镇篁庄村委会";
        BarChart chart = new BarChart("图", "无");
        chart.setBars(List.of(new BarChart.Bar(name, 1)));
        Element label = elements(parse(markup(chart)), "text", "label").getFirst();
        assertThat(ownText(label)).hasSize(BarChart.LABEL_MAX).endsWith("…").startsWith("浙江省温州市");
        assertThat(label.getTextContent()).endsWith(name);
    }

    @Test
    void a_bar_cannot_be_negative() {
        assertThatThrownBy(() -> new BarChart.Bar("甲", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_bar_may_carry_its_own_hex_colour_and_nothing_else_reaches_the_style() throws Exception {
        BarChart chart = new BarChart("图", "无");
        chart.setBars(List.of(new BarChart.Bar("红色", 3, "#c62828"), new BarChart.Bar("其他", 1)));
        List<Element> bars = elements(parse(markup(chart)), "rect", "bar");
        assertThat(bars.get(0).getAttribute("style")).isEqualTo("fill: #c62828");
        assertThat(bars.get(1).getAttribute("style")).contains("--aura-accent-color");
        assertThatThrownBy(() -> new BarChart.Bar("甲", 1, "red\"/><script>")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BarChart.Bar("甲", 1)).isEqualTo(new BarChart.Bar("甲", 1, null));
    }
}
