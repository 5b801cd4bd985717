package org.gongshi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the running application (the Arquillian-managed server on port 18080). */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Api() {
    }

    static String base() {
        return "http://127.0.0.1:" + Integer.getInteger("gongshi.http.port", 18080);
    }

    record Reply(int status, String body, HttpHeaders headers) {
        JsonObject json() {
            JsonStructure s = Json.createReader(new StringReader(body)).read();
            return s.asJsonObject();
        }

        boolean isJson() {
            return headers.firstValue("Content-Type").orElse("").startsWith("application/json");
        }
    }

    static Reply get(String path, String token) {
        return send(builder(path, token).GET());
    }

    /** A GET with extra request headers (e.g. If-None-Match), no token. */
    static Reply getWith(String path, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, null);
        headers.forEach(b::header);
        return send(b.GET());
    }

    /** A plain GET as a simple client sends it: no Accept or Accept-Language header. */
    static Reply getBare(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    static Reply post(String path, String token, JsonValue body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static Reply postRaw(String path, String token, String contentType, String body) {
        return send(builder(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Reply put(String path, String token, JsonValue body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static Reply delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    private static HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every notice is filed under an item of its division's standard catalog: test notices under "other". */
    static final String CATALOG_ITEM = "other";

    static JsonObject notice(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("catalogItem", CATALOG_ITEM).build();
    }

    static JsonObject notice(String title, String body, long version) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("version", version)
                .add("catalogItem", CATALOG_ITEM).build();
    }
}
