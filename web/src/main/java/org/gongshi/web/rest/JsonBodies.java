package org.gongshi.web.rest;

import jakarta.json.bind.JsonbException;
import org.gongshi.shared.InvalidInput;

/**
 * Reads request bodies with the shared JSON-B instance. Done here rather than by the JAX-RS
 * provider because RESTEasy answers a body it cannot parse with its own English plain text, which
 * bypasses the error mapper; here a malformed body becomes the usual Chinese JSON error.
 */
final class JsonBodies {

    static final int MAX_CHARS = 1_000_000;

    private JsonBodies() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank() || body.length() > MAX_CHARS) {
            throw new InvalidInput("error.request.malformed");
        }
        try {
            T value = JsonConfig.JSONB.fromJson(body, type);
            if (value == null) {
                throw new InvalidInput("error.request.malformed");
            }
            return value;
        } catch (JsonbException | ClassCastException e) {
            throw new InvalidInput("error.request.malformed");
        }
    }
}
