package org.gongshi.web.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The XSS corpus ({@code xss/payloads.txt}) and the check that a rendered page holds no live markup from it. */
public final class XssCorpus {

    /** The elements and attributes our pages use; anything else came from a payload. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "meta", "title", "style", "header", "main",
            "nav", "a", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "ol", "blockquote", "hr", "pre", "p", "br", "ul", "li", "time", "article", "table", "tbody", "tr", "th", "td", "div",
            "link", "code", "img", "figure", "figcaption", "span", "section", "footer", "small", "svg", "path", "rect");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "href", "class", "id",
            "datetime", "aria-label", "rel", "download", "scope", "role", "src", "alt", "width", "height", "viewbox", "xmlns",
            "d", "fill", "x", "y", "shape-rendering", "stroke", "title",
            "type", "aria-current", "aria-labelledby");

    private XssCorpus() {
    }

    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails if the page has an element, attribute or URL our own templates never produce. */
    public static void assertInert(String html, String payload) {
        assertInert(html, payload, Set.of(), Set.of());
    }

    /** As {@link #assertInert(String, String)}, for a page whose own templates also use {@code moreElements} and {@code moreAttributes}. */
    public static void assertInert(String html, String payload, Set<String> moreElements, Set<String> moreAttributes) {
        Set<String> elements = new java.util.HashSet<>(ELEMENTS);
        elements.addAll(moreElements);
        Set<String> attributes = new java.util.HashSet<>(ATTRIBUTES);
        attributes.addAll(moreAttributes);
        Document page = Jsoup.parse(html);
        for (Element e : page.getAllElements()) {
            if (e == page) {
                continue;
            }
            assertThat(elements).as("element <%s> in a page rendered with payload %s", e.tagName(), payload)
                    .contains(e.tagName().toLowerCase());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                assertThat(attributes).as("attribute %s on <%s> with payload %s", name, e.tagName(), payload).contains(name);
                if (name.equals("href") || name.equals("src")) {
                    String url = a.getValue().strip().toLowerCase();
                    assertThat(url).as("URL with payload %s", payload)
                            .satisfiesAnyOf(u -> assertThat(u).startsWith("/"), u -> assertThat(u).isEqualTo("#main"),
                                    u -> assertThat(u).matches("#request-[a-z-]+"), u -> assertThat(u).matches("\\?page=\\d+"),
                                    u -> assertThat(u).startsWith("https://"), u -> assertThat(u).startsWith("mailto:"),
                                    u -> assertThat(u).startsWith("data:image/png;base64,"),
                                    u -> assertThat(u).startsWith("http://127.0.0.1"), u -> assertThat(u).startsWith("http://localhost"));
                }
            }
        }
        // No script and no event handler can hide in style blocks either: only our own stylesheet is there.
        assertThat(page.select("style").stream().map(Element::data).toList())
                .allSatisfy(css -> assertThat(css).doesNotContain("javascript").doesNotContain("expression(").doesNotContain("@import"));
    }
}
