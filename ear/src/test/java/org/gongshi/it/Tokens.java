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
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A fresh-enough token for the account (cached for the run; tokens live five minutes). */
    public static String of(DemoAccount account) {
        return CACHE.computeIfAbsent(account.username(), u -> fetch(account));
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
