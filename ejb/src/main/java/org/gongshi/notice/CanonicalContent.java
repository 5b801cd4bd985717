package org.gongshi.notice;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public sees of a notice, in one fixed form (JSON, fixed key order, ISO dates), so that
 * tamper evidence can hash it at publication and recompute the hash from the database later.
 */
public final class CanonicalContent {

    private CanonicalContent() {
    }

    public static String of(Notice n) {
        return of(n, java.util.List.of());
    }

    /** The canonical content with the fingerprints of what is published with the notice (its attachments). */
    public static String of(EntityManager em, Notice n, PublishedParts parts) {
        return of(n, parts.fingerprints(em, n.id()));
    }

    private static String of(Notice n, java.util.List<String> parts) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", n.id())
                .add("division", n.division().value())
                .add("revision", n.revision())
                .add("status", n.status().name())
                .add("title", n.title())
                .add("body", n.body())
                .add("genre", n.genre().name());
        add(json, "section", n.section());
        add(json, "agency", n.agency());
        add(json, "topics", String.join(",", new java.util.TreeSet<>(n.topics())));
        add(json, "audiences", String.join(",", new java.util.TreeSet<>(n.audiences())));
        add(json, "documentNumber", n.documentNumber());
        add(json, "indexNumber", n.indexNumber());
        add(json, "writtenOn", n.writtenOn());
        add(json, "noticeStartsOn", n.noticeStartsOn());
        add(json, "noticeEndsOn", n.noticeEndsOn());
        add(json, "validity", n.validity() == null ? null : n.validity().name());
        add(json, "validUntil", n.validUntil());
        add(json, "interpretsId", n.interpretsId());
        add(json, "changeNote", n.changeNote());
        add(json, "publishedAt", n.publishedAt());
        add(json, "revisedAt", n.revisedAt());
        add(json, "withdrawnAt", n.withdrawnAt());
        add(json, "withdrawalReason", n.withdrawalReason());
        if (!parts.isEmpty()) {
            var array = Json.createArrayBuilder();
            parts.forEach(array::add);
            json.add("parts", array);
        }
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof Instant i) {
            json.add(key, i.toString());
        } else if (value instanceof LocalDate d) {
            json.add(key, d.toString());
        } else {
            json.add(key, value.toString());
        }
    }
}
