package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.gongshi.tenancy.keycloak.DemoAccount;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates and publishes notices with catalog attributes, through the staff API. */
final class Publishing {

    private Publishing() {
    }

    static String path(String division) {
        return "/api/divisions/" + division + "/notices";
    }

    /**
     * A published notice: created by the clerk, approved by each reviewer in turn until it is on the
     * board (a division may review at more than one level).
     */
    static JsonObject publish(String division, DemoAccount clerk, List<DemoAccount> reviewers, String title, String genre,
                              List<String> topics, String agency, List<String> audiences) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title).add("body", "正文：" + title)
                .add("catalogItem", Api.CATALOG_ITEM);
        if (genre != null) {
            body.add("genre", genre);
        }
        if (agency != null) {
            body.add("agency", agency);
        }
        body.add("topics", array(topics)).add("audiences", array(audiences));
        Api.Reply created = Api.post(path(division), Tokens.of(clerk), body.build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject notice = Workflow.submit(clerk, path(division), created.json());
        for (DemoAccount reviewer : reviewers) {
            Api.Reply approved = Workflow.approve(reviewer, path(division), notice);
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            notice = approved.json();
            if ("PUBLISHED".equals(notice.getString("status"))) {
                return notice;
            }
        }
        throw new AssertionError("not published after every reviewer: " + notice);
    }

    static Api.Reply withdraw(String division, DemoAccount who, JsonObject notice) {
        return Api.post(path(division) + "/" + notice.getString("id") + "/withdraw", Tokens.of(who),
                Json.createObjectBuilder().add("version", Workflow.version(notice)).add("reason", "测试撤回").build());
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
