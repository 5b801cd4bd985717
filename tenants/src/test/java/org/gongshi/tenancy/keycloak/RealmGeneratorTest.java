package org.gongshi.tenancy.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmGeneratorTest {

    private static final List<String> BASE_URLS = List.of("http://127.0.0.1:8080", "http://localhost:18080/");

    private final DivisionDirectory directory = DivisionDirectory.seed();
    private final JsonObject realm = RealmGenerator.realm(directory, BASE_URLS, DemoAccounts.all());

    @Test
    void the_realm_is_gongshi_in_chinese_first_with_brute_force_protection() {
        assertThat(realm.getString("realm")).isEqualTo("gongshi");
        assertThat(realm.getBoolean("enabled")).isTrue();
        assertThat(realm.getString("defaultLocale")).isEqualTo("zh-CN");
        assertThat(strings(realm, "supportedLocales")).containsExactly("zh-CN", "en");
        assertThat(realm.getBoolean("registrationAllowed")).isFalse();
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getString("sslRequired")).isEqualTo("external");
        assertThat(realm.getInt("accessTokenLifespan")).isEqualTo(300);
    }

    @Test
    void the_realm_has_the_six_staff_roles_with_chinese_descriptions() {
        List<JsonObject> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class);

        assertThat(roles).extracting(role -> role.getString("name"))
                .containsExactly("clerk", "reviewer", "request-officer", "county-supervisor", "tenant-admin", "disclosure-head");
        assertThat(roles).extracting(role -> role.getString("description"))
                .containsExactly("信息员", "审核人", "依申请公开承办人", "县级监管", "管理员", "政府信息公开工作机构负责人");
    }

    @Test
    void every_demo_user_works_for_a_division_of_the_directory() {
        List<JsonObject> users = users();

        assertThat(users).hasSize(DemoAccounts.all().size());
        for (JsonObject user : users) {
            List<String> division = strings(user.getJsonObject("attributes"), "division");
            assertThat(division).as(user.getString("username")).hasSize(1);
            assertThat(directory.find(DivisionCode.of(division.get(0)))).as(user.getString("username")).isPresent();
        }
    }

    @Test
    void a_village_clerk_is_imported_with_name_password_division_and_role() {
        JsonObject clerk = user("wc-hz-clerk");

        assertThat(clerk.getString("lastName")).isEqualTo("张");
        assertThat(clerk.getString("firstName")).isEqualTo("晓梅");
        assertThat(clerk.getString("email")).isEqualTo("wc-hz-clerk@demo.gongshi.example.org");
        assertThat(clerk.getBoolean("enabled")).isTrue();
        assertThat(clerk.getBoolean("emailVerified")).isTrue();
        assertThat(strings(clerk.getJsonObject("attributes"), "division")).containsExactly("330328101200");
        assertThat(strings(clerk, "realmRoles")).containsExactly("clerk");
        JsonObject password = clerk.getJsonArray("credentials").getJsonObject(0);
        assertThat(password.getString("type")).isEqualTo("password");
        assertThat(password.getString("value")).isEqualTo("gongshi");
        assertThat(password.getBoolean("temporary")).isFalse();
    }

    @Test
    void the_demo_staff_cover_two_villages_a_town_another_county_and_the_county_office() {
        assertThat(users()).extracting(user -> user.getString("username") + " "
                        + strings(user.getJsonObject("attributes"), "division").get(0) + " "
                        + String.join(",", strings(user, "realmRoles")))
                .containsExactly(
                        "wc-hz-clerk 330328101200 clerk",
                        "wc-hz-reviewer 330328101200 reviewer",
                        "wc-xl-clerk 330328101202 clerk",
                        "wc-xl-reviewer 330328101202 reviewer",
                        "wc-bzj-clerk 330328101 clerk",
                        "wc-bzj-reviewer 330328101 reviewer",
                        "wc-bzj-head 330328101 reviewer,disclosure-head",
                        "fh-fz-clerk 330213001001 clerk",
                        "wc-county 330328 county-supervisor",
                        "wc-admin 330328 tenant-admin",
                        "wc-office-clerk 330328 clerk",
                        "wc-office-reviewer 330328 reviewer",
                        "wc-hz-admin 330328101200 tenant-admin");
    }

    @Test
    void the_web_client_is_confidential_and_signs_in_through_the_browser_only() {
        JsonObject web = client("gongshi-web");

        assertThat(web.getBoolean("publicClient")).isFalse();
        assertThat(web.getString("clientAuthenticatorType")).isEqualTo("client-secret");
        assertThat(web.getString("secret")).isEqualTo("gongshi-web-secret");
        assertThat(web.getBoolean("standardFlowEnabled")).isTrue();
        assertThat(web.getBoolean("directAccessGrantsEnabled")).isFalse();
    }

    @Test
    void the_web_clients_redirects_derive_from_the_base_urls() {
        JsonObject web = client("gongshi-web");

        assertThat(strings(web, "redirectUris")).containsExactly("http://127.0.0.1:8080/*", "http://localhost:18080/*");
        assertThat(strings(web, "webOrigins")).containsExactly("http://127.0.0.1:8080", "http://localhost:18080");
        assertThat(web.getJsonObject("attributes").getString("post.logout.redirect.uris"))
                .isEqualTo("http://127.0.0.1:8080/*##http://localhost:18080/*");
    }

    @Test
    void the_cli_client_is_public_and_uses_the_password_grant() {
        JsonObject cli = client("gongshi-cli");

        assertThat(cli.getBoolean("publicClient")).isTrue();
        assertThat(cli.getBoolean("directAccessGrantsEnabled")).isTrue();
        assertThat(cli.getBoolean("standardFlowEnabled")).isFalse();
        assertThat(cli.containsKey("secret")).isFalse();
    }

    @Test
    void both_clients_put_the_division_attribute_into_every_token() {
        for (String clientId : List.of("gongshi-web", "gongshi-cli")) {
            JsonObject mapper = mapper(client(clientId), "division");

            assertThat(mapper.getString("protocolMapper")).isEqualTo("oidc-usermodel-attribute-mapper");
            JsonObject config = mapper.getJsonObject("config");
            assertThat(config.getString("user.attribute")).isEqualTo("division");
            assertThat(config.getString("claim.name")).isEqualTo("division");
            assertThat(config.getString("jsonType.label")).isEqualTo("String");
            assertThat(config.getString("access.token.claim")).isEqualTo("true");
            assertThat(config.getString("id.token.claim")).isEqualTo("true");
            assertThat(config.getString("userinfo.token.claim")).isEqualTo("true");
            assertThat(config.getString("introspection.token.claim")).isEqualTo("true");
        }
    }

    @Test
    void cli_tokens_name_the_web_client_as_audience() {
        JsonObject audience = mapper(client("gongshi-cli"), "gongshi-web-audience");

        assertThat(audience.getString("protocolMapper")).isEqualTo("oidc-audience-mapper");
        assertThat(audience.getJsonObject("config").getString("included.client.audience")).isEqualTo("gongshi-web");
        assertThat(audience.getJsonObject("config").getString("access.token.claim")).isEqualTo("true");
        assertThat(audience.getJsonObject("config").getString("id.token.claim")).isEqualTo("false");
    }

    @Test
    void the_user_profile_lets_only_administrators_see_and_set_the_division() {
        JsonObject division = userProfileAttribute("division");

        assertThat(strings(division.getJsonObject("permissions"), "edit")).containsExactly("admin");
        assertThat(strings(division.getJsonObject("permissions"), "view")).containsExactly("admin");
        assertThat(division.getBoolean("multivalued")).isFalse();
        assertThat(division.getString("displayName")).isEqualTo("所属区划 / Division");
        assertThat(division.getJsonObject("validations").getJsonObject("pattern").getString("pattern"))
                .isEqualTo("^[0-9]{6}([0-9]{3}([0-9]{3})?)?$");
        assertThat(division.getJsonObject("validations").getJsonObject("pattern").containsKey("error-message")).isTrue();
    }

    @Test
    void the_division_pattern_admits_counties_towns_and_villages_only() {
        String pattern = RealmGenerator.DIVISION_PATTERN;

        assertThat("330328").matches(pattern);
        assertThat("330328101").matches(pattern);
        assertThat("330328101200").matches(pattern);
        assertThat("3303").doesNotMatch(pattern);
        assertThat("3303281012").doesNotMatch(pattern);
        assertThat("33032810120a").doesNotMatch(pattern);
    }

    @Test
    void the_user_profile_keeps_keycloaks_default_attributes_and_allows_no_unmanaged_ones() {
        JsonObject profile = userProfile();

        assertThat(profile.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(attribute -> attribute.getString("name"))
                .containsExactly("username", "email", "firstName", "lastName", "division");
        assertThat(profile.containsKey("unmanagedAttributePolicy")).isFalse();
        assertThat(profile.getJsonArray("groups").getJsonObject(0).getString("name")).isEqualTo("user-metadata");
        assertThat(userProfileAttribute("username").getJsonObject("validations").keySet())
                .contains("length", "username-prohibited-characters", "up-username-not-idn-homograph");
        assertThat(userProfileAttribute("lastName").getJsonObject("validations").keySet())
                .contains("length", "person-name-prohibited-characters");
        assertThat(strings(userProfileAttribute("firstName").getJsonObject("required"), "roles"))
                .containsExactlyInAnyOrder("user", "admin");
    }

    @Test
    void an_account_in_an_unknown_division_fails_the_generation() {
        DemoAccount stranger = new DemoAccount("stranger", "gongshi", "钱", "多", "stranger@demo.gongshi.example.org",
                DivisionCode.of("330328101999"), Set.of(StaffRole.CLERK));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RealmGenerator.realm(directory, BASE_URLS, List.of(stranger)))
                .withMessageContaining("stranger")
                .withMessageContaining("330328101999");
    }

    @Test
    void an_account_of_a_city_fails_the_generation() {
        DemoAccount cityClerk = new DemoAccount("wz-clerk", "gongshi", "孙", "丽", "wz-clerk@demo.gongshi.example.org",
                DivisionCode.of("3303"), Set.of(StaffRole.CLERK));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RealmGenerator.realm(directory, BASE_URLS, List.of(cityClerk)))
                .withMessageContaining("wz-clerk");
    }

    @Test
    void a_base_url_with_a_path_or_no_scheme_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> RealmGenerator.realm(directory, List.of("http://127.0.0.1:8080/gongshi"), DemoAccounts.all()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> RealmGenerator.realm(directory, List.of("127.0.0.1:8080"), DemoAccounts.all()));
        assertThatIllegalArgumentException().isThrownBy(
                () -> RealmGenerator.realm(directory, List.of(), DemoAccounts.all()));
    }

    @Test
    void the_written_file_is_utf8_json_with_the_huangzhuang_clerk_in_plain_chinese(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keycloak/gongshi-realm.json");

        RealmGenerator.main(new String[] {file.toString(), "http://127.0.0.1:8080", "http://localhost:8080"});

        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject written = reader.readObject();
            assertThat(written.getString("realm")).isEqualTo("gongshi");
            assertThat(written.getString("displayName")).isEqualTo("公示 Gongshi");
            assertThat(written.getJsonArray("users").getValuesAs(JsonObject.class))
                    .extracting(user -> user.getString("lastName"))
                    .contains("张", "赵");
        }
        // Chinese is written as UTF-8, not as \\u escapes, and pretty-printed, so the file reads as it will show.
        assertThat(text).contains("\"公示 Gongshi\"", "\"晓梅\"", "\"330328101200\"", "所属区划").contains("\n");
    }

    private List<JsonObject> users() {
        return realm.getJsonArray("users").getValuesAs(JsonObject.class);
    }

    private JsonObject user(String username) {
        return users().stream().filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(client -> client.getString("clientId").equals(clientId))
                .findFirst().orElseThrow();
    }

    private static JsonObject mapper(JsonObject client, String name) {
        return client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .filter(mapper -> mapper.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No mapper " + name + " on " + client.getString("clientId")));
    }

    /** The user profile is embedded as a JSON string inside the component config, as Keycloak exports it. */
    private JsonObject userProfile() {
        JsonObject component = realm.getJsonObject("components")
                .getJsonArray("org.keycloak.userprofile.UserProfileProvider").getJsonObject(0);
        assertThat(component.getString("providerId")).isEqualTo("declarative-user-profile");
        String config = component.getJsonObject("config").getJsonArray("kc.user.profile.config").getString(0);
        try (JsonReader reader = Json.createReader(new StringReader(config))) {
            return reader.readObject();
        }
    }

    private JsonObject userProfileAttribute(String name) {
        return userProfile().getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(attribute -> attribute.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No user profile attribute " + name));
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
