package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gongshi.tenancy.keycloak.DemoAccount;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak, through the {@code gongshi-cli} client's password grant. */
public final class Tokens {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Tokens live five minutes (the realm's accessTokenLifespan); one is reused for four at most. */
    private static final long REUSE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(4);
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    private Tokens() {
    }

    /**
     * A fresh-enough token for the account: cached, and fetched again before it expires, since a whole
     * run of the integration tests on a busy machine lasts longer than one token.
     */
    public static String of(DemoAccount account) {
        return CACHE.compute(account.username(), (u, cached) -> cached != null && System.nanoTime() - cached.fetchedAt() < REUSE_NANOS
                ? cached : new Cached(fetch(account), System.nanoTime())).token();
    }

    public static String fetch(DemoAccount account) {
        String form = "client_id=gongshi-cli&grant_type=password&scope=openid"
                + "&username=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(account.password(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakServer.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + account.username() + ": " + response.statusCode() + " " + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
