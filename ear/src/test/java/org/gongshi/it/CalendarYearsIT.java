package org.gongshi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.WENCHENG_ADMIN;

/**
 * Loading a year's holiday schedule over HTTP: an administrator loads 2027 (test data, invented
 * dates) and the provisional deadline becomes final and moves; every later load is in force at once;
 * a clerk is refused; garbage is refused in Chinese.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarYearsIT {

    private static final String DEADLINE = "/api/calendar/working-days?from=2026-12-10&add=20";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String fixture() {
        try (InputStream in = CalendarYearsIT.class.getResourceAsStream("/calendar/holidays-2027-test.ics")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean knows2027() {
        Api.Reply years = Api.get("/api/calendar/years", Tokens.of(WENCHENG_ADMIN));
        assertThat(years.status()).as(years.body()).isEqualTo(200);
        return years.body().contains("\"year\":2027");
    }

    @Test
    void an_administrator_loads_2027_and_the_provisional_deadline_becomes_final_and_moves() {
        String admin = Tokens.of(WENCHENG_ADMIN);
        if (!knows2027()) {
            JsonObject before = Api.get(DEADLINE, Tokens.of(HUANGZHUANG_CLERK)).json();
            assertThat(before.getBoolean("provisional")).isTrue();
            assertThat(before.getString("date")).isEqualTo("2027-01-07");
        }

        Api.Reply loaded = Api.postRaw("/api/calendar/years?year=2027", admin, "text/calendar", fixture());
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        JsonObject year = loaded.json().getJsonArray("years").getJsonObject(0);
        assertThat(loaded.json().getString("format")).isEqualTo("ics");
        assertThat(year.getInt("year")).isEqualTo(2027);
        assertThat(year.getString("source")).isEqualTo("loaded");
        assertThat(year.getInt("holidays")).isEqualTo(29);
        assertThat(year.getInt("makeUpWorkdays")).isEqualTo(6);
        assertThat(year.getString("loadedBy")).isEqualTo("wc-admin");

        JsonObject after = Api.get(DEADLINE, Tokens.of(HUANGZHUANG_CLERK)).json();
        assertThat(after.getBoolean("provisional")).isFalse();
        assertThat(after.getString("date")).isEqualTo("2027-01-08");

        // A reload replaces the year wholly and is in force at once: Jan 1–7 off, Jan 8 = 16, Jan 11–14 = 20.
        String longNewYear = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270108\r\n"
                + "SUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThat(Api.postRaw("/api/calendar/years?year=2027", admin, "text/calendar", longNewYear).status()).isEqualTo(200);
        assertThat(Api.get(DEADLINE, Tokens.of(HUANGZHUANG_CLERK)).json().getString("date")).isEqualTo("2027-01-14");

        // The same file as a browser's multipart upload (part "file") puts the fixture back.
        var multipart = AttachmentsIT.upload("/api/calendar/years?year=2027", admin, "holidays-2027-test.ics", "text/calendar",
                fixture().getBytes(StandardCharsets.UTF_8));
        assertThat(multipart.status()).isEqualTo(200);
        assertThat(Api.get(DEADLINE, Tokens.of(HUANGZHUANG_CLERK)).json().getString("date")).isEqualTo("2027-01-08");
        assertThat(knows2027()).isTrue();
    }

    @Test
    void a_clerk_may_neither_list_nor_load_years() {
        String clerk = Tokens.of(HUANGZHUANG_CLERK);
        assertThat(Api.get("/api/calendar/years", clerk).status()).isEqualTo(403);
        assertThat(Api.postRaw("/api/calendar/years", clerk, "text/calendar", fixture()).status()).isEqualTo(403);
        assertThat(Api.postRaw("/api/calendar/years", null, "text/calendar", fixture()).status()).isEqualTo(401);
    }

    @Test
    void garbage_is_refused_in_chinese() {
        String admin = Tokens.of(WENCHENG_ADMIN);
        Api.Reply html = Api.postRaw("/api/calendar/years", admin, "text/plain", "<html>not a calendar</html>");
        assertThat(html.status()).as(html.body()).isEqualTo(400);
        assertThat(html.json().getString("message")).contains("无法识别");

        Api.Reply outside = Api.postRaw("/api/calendar/years?year=2028", admin, "text/calendar", fixture());
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().getString("message")).contains("不在声明的 2028 年内");
    }
}
