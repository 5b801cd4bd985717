package org.gongshi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;

/** The working-day calculator over HTTP: the official schedule, the explanation, and refusals in Chinese. */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void twenty_working_days_after_a_request_received_before_national_day() {
        Api.Reply reply = Api.get("/api/calendar/working-days?from=2026-09-18&add=20", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject answer = reply.json();
        assertThat(answer.getString("date")).isEqualTo("2026-10-22");
        assertThat(answer.getBoolean("provisional")).isFalse();
        assertThat(answer.getJsonArray("explanation").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .anySatisfy(line -> assertThat(line).contains("国庆节"))
                .anySatisfy(line -> assertThat(line).contains("2026年10月10日（星期六）是国庆节调休上班日"));
    }

    @Test
    void a_date_past_the_last_loaded_year_is_provisional() {
        // 2028: never loaded by any test (CalendarYearsIT loads 2027). Fri 2027-12-10: Dec 13–17 = 5,
        // 20–24 = 10, 27–31 = 15, then 2028 (weekends only): Jan 3–7 = 20.
        JsonObject answer = Api.get("/api/calendar/working-days?from=2027-12-10&add=20", Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(answer.getString("date")).isEqualTo("2028-01-07");
        assertThat(answer.getBoolean("provisional")).isTrue();
    }

    @Test
    void bad_input_is_refused_in_chinese_and_strangers_are_not_served() {
        Api.Reply badDate = Api.get("/api/calendar/working-days?from=2026-13-40&add=20", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().getString("message")).contains("年-月-日");
        Api.Reply badCount = Api.get("/api/calendar/working-days?from=2026-10-01&add=100000", Tokens.of(HUANGZHUANG_CLERK));
        assertThat(badCount.status()).isEqualTo(400);
        assertThat(badCount.json().getString("message")).contains("工作日数");
        assertThat(Api.get("/api/calendar/working-days?from=2026-10-01&add=20", null).status()).isEqualTo(401);
    }
}
