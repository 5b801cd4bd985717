package org.gongshi.tenancy.keycloak;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffRole;

/**
 * Writes the Keycloak realm {@code gongshi} in Keycloak 26's import format: the staff roles, the
 * web and command-line clients, a user profile with the {@code division} attribute, and the demo
 * staff. Run by the build; {@link #realm} is the pure part, for tests.
 * <p>
 * A member of staff's division is a user attribute carried as a token claim, not a group per
 * village. Keycloak groups do not scale to the country's hundreds of thousands of villages in one
 * realm (and a group mapper returns the whole ancestry in no order), while an attribute is one
 * value per user and the claim names exactly one division. The user profile makes the attribute
 * admin-only, and leaves unmanaged attributes off, so no one can move themselves to another
 * division through the account console.
 */
public final class RealmGenerator {

    public static final String REALM = "gongshi";
    public static final String WEB_CLIENT_ID = "gongshi-web";
    public static final String WEB_CLIENT_SECRET = "gongshi-web-secret";
    public static final String CLI_CLIENT_ID = "gongshi-cli";
    /** The user attribute and the token claim that name a member of staff's division. */
    public static final String DIVISION_ATTRIBUTE = "division";
    /** Staff work for a county (6 digits), a town (9) or a village (12), never a province or city. */
    public static final String DIVISION_PATTERN = "^[0-9]{6}([0-9]{3}([0-9]{3})?)?$";

    static final String USER_PROFILE_PROVIDER = "org.keycloak.userprofile.UserProfileProvider";
    static final String USER_PROFILE_CONFIG = "kc.user.profile.config";

    private static final Set<DivisionLevel> STAFF_LEVELS =
            Set.of(DivisionLevel.COUNTY, DivisionLevel.TOWN, DivisionLevel.VILLAGE);

    private RealmGenerator() {
    }

    /** Arguments: the output file, then one or more web base URLs such as {@code http://127.0.0.1:8080}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException(
                    "Usage: RealmGenerator <output.json> <web base URL> [<web base URL> ...]");
        }
        Path output = Path.of(args[0]);
        List<String> webBaseUrls = Arrays.asList(args).subList(1, args.length);
        JsonObject realm = realm(DivisionDirectory.seed(), webBaseUrls, DemoAccounts.all());
        write(realm, output);
        java.util.logging.Logger.getLogger(RealmGenerator.class.getName()).info("Wrote the Keycloak realm '" + REALM + "' with " + DemoAccounts.all().size()
                + " demo accounts to " + output);
    }

    /**
     * The realm as JSON. Fails if a base URL is not a plain http(s) origin, or if an account's
     * division is not a county, town or village of the directory.
     */
    public static JsonObject realm(DivisionDirectory directory, List<String> webBaseUrls, List<DemoAccount> accounts) {
        Objects.requireNonNull(directory, "Division directory is required.");
        Objects.requireNonNull(webBaseUrls, "Web base URLs are required.");
        Objects.requireNonNull(accounts, "Demo accounts are required.");
        List<String> origins = webBaseUrls.stream().map(RealmGenerator::origin).distinct().toList();
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("At least one web base URL is required.");
        }
        checkAccounts(directory, accounts);

        return Json.createObjectBuilder()
                .add("realm", REALM)
                .add("enabled", true)
                .add("displayName", "公示 Gongshi")
                .add("internationalizationEnabled", true)
                .add("supportedLocales", Json.createArrayBuilder().add("zh-CN").add("en"))
                .add("defaultLocale", "zh-CN")
                .add("sslRequired", "external")
                .add("registrationAllowed", false)
                .add("bruteForceProtected", true)
                .add("accessTokenLifespan", 300)
                .add("roles", Json.createObjectBuilder().add("realm", realmRoles()))
                .add("components", Json.createObjectBuilder()
                        .add(USER_PROFILE_PROVIDER, Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("providerId", "declarative-user-profile")
                                        .add("subComponents", Json.createObjectBuilder())
                                        .add("config", Json.createObjectBuilder()
                                                .add(USER_PROFILE_CONFIG, Json.createArrayBuilder()
                                                        .add(compact(userProfile())))))))
                .add("clients", Json.createArrayBuilder()
                        .add(webClient(origins))
                        .add(cliClient()))
                .add("users", users(accounts))
                .build();
    }

    /** Writes the realm pretty-printed as UTF-8, creating the parent directories. */
    public static void write(JsonObject realm, Path output) throws IOException {
        Objects.requireNonNull(realm, "Realm is required.");
        Objects.requireNonNull(output, "Output path is required.");
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(out)) {
            json.writeObject(realm);
        }
    }

    private static void checkAccounts(DivisionDirectory directory, List<DemoAccount> accounts) {
        Set<String> usernames = new HashSet<>();
        for (DemoAccount account : accounts) {
            if (!usernames.add(account.username())) {
                throw new IllegalArgumentException("Demo account " + account.username() + " is listed twice.");
            }
            Division division = directory.find(account.division()).orElseThrow(() -> new IllegalArgumentException(
                    "Demo account " + account.username() + " names the division " + account.division()
                            + ", which is not in the division directory."));
            if (!STAFF_LEVELS.contains(division.level())) {
                throw new IllegalArgumentException("Demo account " + account.username() + " works for "
                        + division.name() + " (" + division.level() + "); staff work for a county, town or village.");
            }
        }
    }

    private static String origin(String webBaseUrl) {
        Objects.requireNonNull(webBaseUrl, "Web base URL is required.");
        String trimmed = webBaseUrl.endsWith("/") ? webBaseUrl.substring(0, webBaseUrl.length() - 1) : webBaseUrl;
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + webBaseUrl + "' is not a URL.", e);
        }
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
        if (!http || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "A web base URL is an http(s) origin such as http://127.0.0.1:8080, not '" + webBaseUrl + "'.");
        }
        return trimmed;
    }

    private static JsonArrayBuilder realmRoles() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (StaffRole role : StaffRole.values()) {
            roles.add(Json.createObjectBuilder()
                    .add("name", role.roleName())
                    .add("description", description(role)));
        }
        return roles;
    }

    private static String description(StaffRole role) {
        return switch (role) {
            case CLERK -> "信息员";
            case REVIEWER -> "审核人";
            case REQUEST_OFFICER -> "依申请公开承办人";
            case COUNTY_SUPERVISOR -> "县级监管";
            case TENANT_ADMIN -> "管理员";
            case DISCLOSURE_HEAD -> "政府信息公开工作机构负责人";
        };
    }

    /**
     * Keycloak 26's default user profile plus {@code division}. Only an administrator sees or sets
     * the division; without {@code unmanagedAttributePolicy} no other attribute can be stored.
     * Unlike the default, first and last name are required of administrators too: every member of
     * staff is named in the audit trail.
     */
    static JsonObject userProfile() {
        JsonArray userAndAdmin = Json.createArrayBuilder().add("admin").add("user").build();
        JsonArray adminOnly = Json.createArrayBuilder().add("admin").build();
        JsonObject userAndAdminPermissions = Json.createObjectBuilder()
                .add("view", userAndAdmin).add("edit", userAndAdmin).build();
        JsonObject requiredForUserAndAdmin = Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("user").add("admin")).build();

        return Json.createObjectBuilder()
                .add("attributes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "username")
                                .add("displayName", "${username}")
                                .add("permissions", userAndAdminPermissions)
                                .add("validations", Json.createObjectBuilder()
                                        .add("length", Json.createObjectBuilder().add("min", 3).add("max", 255))
                                        .add("username-prohibited-characters", Json.createObjectBuilder())
                                        .add("up-username-not-idn-homograph", Json.createObjectBuilder())))
                        .add(Json.createObjectBuilder()
                                .add("name", "email")
                                .add("displayName", "${email}")
                                .add("required", Json.createObjectBuilder()
                                        .add("roles", Json.createArrayBuilder().add("user")))
                                .add("permissions", userAndAdminPermissions)
                                .add("validations", Json.createObjectBuilder()
                                        .add("email", Json.createObjectBuilder())
                                        .add("length", Json.createObjectBuilder().add("max", 255))))
                        .add(personName("firstName", requiredForUserAndAdmin, userAndAdminPermissions))
                        .add(personName("lastName", requiredForUserAndAdmin, userAndAdminPermissions))
                        .add(Json.createObjectBuilder()
                                .add("name", DIVISION_ATTRIBUTE)
                                .add("displayName", "所属区划 / Division")
                                .add("permissions", Json.createObjectBuilder()
                                        .add("view", adminOnly).add("edit", adminOnly))
                                .add("validations", Json.createObjectBuilder()
                                        .add("pattern", Json.createObjectBuilder()
                                                .add("pattern", DIVISION_PATTERN)
                                                .add("error-message",
                                                        "区划代码须为 6、9 或 12 位数字 / A division code has 6, 9 or 12 digits")))
                                .add("multivalued", false)))
                .add("groups", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "user-metadata")
                                .add("displayHeader", "User metadata")
                                .add("displayDescription", "Attributes, which refer to user metadata")))
                .build();
    }

    private static JsonObjectBuilder personName(String name, JsonObject required, JsonObject permissions) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("displayName", "${" + name + "}")
                .add("required", required)
                .add("permissions", permissions)
                .add("validations", Json.createObjectBuilder()
                        .add("length", Json.createObjectBuilder().add("max", 255))
                        .add("person-name-prohibited-characters", Json.createObjectBuilder()));
    }

    /** The application's own client: the browser signs in with the authorization-code flow. */
    private static JsonObjectBuilder webClient(List<String> origins) {
        JsonArrayBuilder redirectUris = Json.createArrayBuilder();
        JsonArrayBuilder webOrigins = Json.createArrayBuilder();
        List<String> postLogoutRedirectUris = new ArrayList<>();
        for (String origin : origins) {
            redirectUris.add(origin + "/*");
            webOrigins.add(origin);
            postLogoutRedirectUris.add(origin + "/*");
        }
        return Json.createObjectBuilder()
                .add("clientId", WEB_CLIENT_ID)
                .add("name", "公示 Gongshi")
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("secret", WEB_CLIENT_SECRET)
                .add("standardFlowEnabled", true)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("serviceAccountsEnabled", false)
                .add("redirectUris", redirectUris)
                .add("webOrigins", webOrigins)
                .add("attributes", Json.createObjectBuilder()
                        // Keycloak keeps several post-logout redirect URIs in one attribute, joined by "##".
                        .add("post.logout.redirect.uris", String.join("##", postLogoutRedirectUris)))
                .add("protocolMappers", Json.createArrayBuilder().add(divisionMapper()));
    }

    /**
     * A public client for scripts and tests, which get tokens with the password grant. Its tokens
     * name {@code gongshi-web} as audience, so the web application accepts them as bearer tokens.
     */
    private static JsonObjectBuilder cliClient() {
        return Json.createObjectBuilder()
                .add("clientId", CLI_CLIENT_ID)
                .add("name", "公示 Gongshi CLI")
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .add("serviceAccountsEnabled", false)
                .add("protocolMappers", Json.createArrayBuilder()
                        .add(divisionMapper())
                        .add(Json.createObjectBuilder()
                                .add("name", WEB_CLIENT_ID + "-audience")
                                .add("protocol", "openid-connect")
                                .add("protocolMapper", "oidc-audience-mapper")
                                .add("consentRequired", false)
                                .add("config", Json.createObjectBuilder()
                                        .add("included.client.audience", WEB_CLIENT_ID)
                                        .add("access.token.claim", "true")
                                        .add("id.token.claim", "false")
                                        .add("introspection.token.claim", "true"))));
    }

    /** Copies the user's {@code division} attribute into a {@code division} claim of every token. */
    private static JsonObjectBuilder divisionMapper() {
        return Json.createObjectBuilder()
                .add("name", DIVISION_ATTRIBUTE)
                .add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-usermodel-attribute-mapper")
                .add("consentRequired", false)
                .add("config", Json.createObjectBuilder()
                        .add("user.attribute", DIVISION_ATTRIBUTE)
                        .add("claim.name", DIVISION_ATTRIBUTE)
                        .add("jsonType.label", "String")
                        .add("multivalued", "false")
                        .add("access.token.claim", "true")
                        .add("id.token.claim", "true")
                        .add("userinfo.token.claim", "true")
                        .add("introspection.token.claim", "true"));
    }

    private static JsonArrayBuilder users(List<DemoAccount> accounts) {
        JsonArrayBuilder users = Json.createArrayBuilder();
        for (DemoAccount account : accounts) {
            JsonArrayBuilder realmRoles = Json.createArrayBuilder();
            account.roles().stream().sorted().map(StaffRole::roleName).forEach(realmRoles::add);
            users.add(Json.createObjectBuilder()
                    .add("username", account.username())
                    .add("enabled", true)
                    .add("emailVerified", true)
                    .add("firstName", account.firstName())
                    .add("lastName", account.lastName())
                    .add("email", account.email())
                    .add("attributes", Json.createObjectBuilder()
                            .add(DIVISION_ATTRIBUTE, Json.createArrayBuilder().add(account.division().value())))
                    .add("credentials", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("type", "password")
                                    .add("value", account.password())
                                    .add("temporary", false)))
                    .add("realmRoles", realmRoles));
        }
        return users;
    }

    private static String compact(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriter(text)) {
            writer.writeObject(json);
        }
        return text.toString();
    }
}
