package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.tenancy.keycloak.DemoAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** The publishing steps through the API: submit by the clerk, approval by the division's reviewer. */
final class Workflow {

    private Workflow() {
    }

    static long version(JsonObject notice) {
        return notice.getJsonNumber("version").longValue();
    }

    static JsonObject submit(DemoAccount clerk, String path, JsonObject notice) {
        Api.Reply submitted = Api.post(path + "/" + notice.getString("id") + "/submit?version=" + version(notice),
                Tokens.of(clerk), null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    static Api.Reply approve(DemoAccount reviewer, String path, JsonObject notice) {
        return Api.post(path + "/" + notice.getString("id") + "/approve", Tokens.of(reviewer),
                Json.createObjectBuilder().add("version", version(notice)).build());
    }

    /** Submits a draft and has the reviewer approve it (one review level, the default): it is then published. */
    static JsonObject publish(DemoAccount clerk, DemoAccount reviewer, String path, JsonObject draft) {
        JsonObject inReview = submit(clerk, path, draft);
        Api.Reply approved = approve(reviewer, path, inReview);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved.json();
    }
}
