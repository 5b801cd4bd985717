package org.gongshi.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A resident's browser without JavaScript, from an address of its own on the loopback network
 * ({@code 127.0.0.N} — Linux answers every 127/8 address), so that each test has its own filing
 * allowance and guessing count on the server. Posts forms as a browser does: form-encoded, with the
 * page's {@code Origin}.
 */
final class Resident {

    private final HttpClient client;

    Resident(int lastOctet) {
        try {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
                    .localAddress(InetAddress.getByName("127.0.0." + lastOctet)).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    Api.Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN").GET());
    }

    Document page(String path) {
        return Jsoup.parse(get(path).body());
    }

    /** Posts {@code fields} as a form from this site's own page. */
    Api.Reply post(String path, Map<String, String> fields) {
        return send(form(path, fields, Api.base()));
    }

    /** Posts {@code fields} as a form sent from a page at {@code origin}. */
    Api.Reply postFrom(String origin, String path, Map<String, String> fields) {
        return send(form(path, fields, origin));
    }

    CompletableFuture<Api.Reply> postAsync(String path, Map<String, String> fields) {
        return client.sendAsync(form(path, fields, Api.base()).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Api.Reply(r.statusCode(), r.body(), r.headers()));
    }

    /** A JSON filing through the public API, with an Idempotency-Key when one is given. */
    HttpRequest.Builder json(String path, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return b;
    }

    Api.Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Api.Reply> sendAsync(HttpRequest.Builder builder) {
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Api.Reply(r.statusCode(), r.body(), r.headers()));
    }

    private static HttpRequest.Builder form(String path, Map<String, String> fields, String origin) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return b;
    }

    /** The fields of a filing form as a resident fills it in, with the token of a fresh rendering of {@code formPath}. */
    Map<String, String> filledIn(String formPath, String name, String description) {
        Document form = page(formPath);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formToken", form.select("input[name=formToken]").attr("value"));
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("applicantName", name);
        fields.put("applicantContact", "13800000000");
        fields.put("description", description);
        fields.put("preferredReply", "POST");
        return fields;
    }
}
