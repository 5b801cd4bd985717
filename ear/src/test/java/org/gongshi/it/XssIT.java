package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.web.site.XssCorpus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;

/**
 * The XSS corpus (over a hundred payloads) sent through every text field of a notice via the staff
 * API, published through review, and checked on every public page that shows the fields: the board
 * list, the notice page, the public JSON (which must return the text unchanged, as data), the
 * catalog pages filtered by a hostile topic or agency, and the Atom feed (well-formed, every
 * payload escaped as text).
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssIT {

    private static final String HZ = "/api/divisions/330328101200/notices";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void every_payload_in_every_field_comes_back_as_inert_text_on_every_public_page() {
        String token = Tokens.of(HUANGZHUANG_CLERK);
        List<String> ids = new ArrayList<>();
        List<String> payloads = XssCorpus.payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        for (String payload : payloads) {
            String title = payload.length() > 200 ? payload.substring(0, 200) : payload;
            var body = Json.createObjectBuilder()
                    .add("title", title).add("body", payload + "\n\n" + payload).add("catalogItem", Api.CATALOG_ITEM)
                    .add("agency", payload.length() > 100 ? payload.substring(0, 100) : payload)
                    .add("documentNumber", payload.length() > 100 ? payload.substring(0, 100) : payload);
            // No "section": it is a key of the division's sections now, and an unknown key is refused.
            if (!payload.contains(",") && payload.length() <= 40) {
                body.add("topics", Json.createArrayBuilder().add(payload)).add("audiences", Json.createArrayBuilder().add(payload));
            }
            Api.Reply created = Api.post(HZ, token, body.build());
            assertThat(created.status()).as(payload + " → " + created.body()).isEqualTo(201);
            JsonObject published = Workflow.publish(HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER, HZ, created.json());
            ids.add(published.getString("id"));

            Api.Reply page = Api.get("/board/330328101200/notices/" + published.getString("id"), null);
            assertThat(page.status()).isEqualTo(200);
            XssCorpus.assertInert(page.body(), payload);
            JsonObject json = Api.get("/api/public/divisions/330328101200/notices/" + published.getString("id"), null).json();
            assertThat(json.getString("title")).as("the API returns the text as data, unchanged").isEqualTo(title.strip());
        }
        // Section names come from administrators; they are shown on the board too.
        int sections = 0;
        for (String payload : payloads) {
            if (payload.strip().length() <= 30) {
                Api.Reply added = Api.post("/api/divisions/330328101200/sections",
                        Tokens.of(org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN),
                        Json.createObjectBuilder().add("name", payload).build());
                assertThat(added.status()).as(payload + " → " + added.body()).isIn(201, 400);
                sections += added.status() == 201 ? 1 : 0;
            }
        }
        assertThat(sections).as("payloads accepted as section names").isGreaterThanOrEqualTo(20);
        // The board lists them all on its pages.
        for (int page = 0; page < (ids.size() + 19) / 20 + 1; page++) {
            Api.Reply board = Api.get("/board/330328101200?page=" + page, null);
            XssCorpus.assertInert(board.body(), "(board page " + page + ")");
        }
        // The catalog filtered by each hostile topic and agency: the filter values come back in links and labels.
        for (String payload : payloads) {
            String value = payload.strip();
            if (value.isEmpty() || value.length() > 40 || payload.contains(",")) {
                continue;
            }
            String q = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
            Api.Reply filtered = Api.get("/board/330328101200?topic=" + q + "&agency=" + q, null);
            assertThat(filtered.status()).as(payload).isIn(200, 400);
            XssCorpus.assertInert(filtered.body(), payload + " (as a filter)");
        }
        Api.Reply county = Api.get("/board/330328?scope=subtree", null);
        XssCorpus.assertInert(county.body(), "(county subtree)");
        // The feed: well-formed Atom whatever the titles held, and no markup from them.
        Api.Reply feed = Api.get("/board/330328101200/feed.atom", null);
        assertThat(feed.status()).isEqualTo(200);
        com.rometools.rome.feed.synd.SyndFeed parsed;
        try {
            parsed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(feed.body()));
        } catch (com.rometools.rome.io.FeedException e) {
            throw new AssertionError("feed is not well-formed Atom", e);
        }
        assertThat(parsed.getEntries()).isNotEmpty();
        var atom = org.jsoup.Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
        java.util.Set<String> atomElements = java.util.Set.of("#root", "feed", "title", "link", "author", "name", "id", "updated",
                "entry", "published", "summary", "dc:date");
        assertThat(atom.getAllElements()).allSatisfy(e -> assertThat(atomElements).as("element in the feed").contains(e.tagName()));
    }
}
