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
 * list, the notice page, the public JSON (which must return the text unchanged, as data).
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
                    .add("title", title).add("body", payload + "\n\n" + payload)
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
    }
}
