package org.gongshi.web.rest;

import org.gongshi.request.RequestState;
import org.gongshi.shared.InvalidInput;
import org.gongshi.web.http.HandClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the disclosure-request API that need no server: the guessing guard and the Chinese messages. */
class DisclosureRequestApiTest {

    @Test
    void five_wrong_codes_for_one_receipt_block_it_for_fifteen_minutes_and_no_longer() {
        HandClock clock = new HandClock(Instant.parse("2026-09-18T02:00:00Z"));
        AccessCodeGuard guard = new AccessCodeGuard(clock);
        for (int i = 0; i < AccessCodeGuard.PER_RECEIPT; i++) {
            assertThat(guard.blocked("330328101-2026-0001", "10.0.0.1")).isFalse();
            guard.failed("330328101-2026-0001", "10.0.0.1");
        }
        assertThat(guard.blocked("330328101-2026-0001", "10.0.0.2")).as("blocked for every client").isTrue();
        assertThat(guard.blocked("330328101-2026-0002", "10.0.0.2")).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(guard.blocked("330328101-2026-0001", "10.0.0.1")).isFalse();
    }

    @Test
    void one_client_guessing_across_many_receipts_is_blocked_too() {
        AccessCodeGuard guard = new AccessCodeGuard(new HandClock(Instant.parse("2026-09-18T02:00:00Z")));
        for (int i = 0; i < AccessCodeGuard.PER_CLIENT; i++) {
            guard.failed("330328101-2026-%04d".formatted(i), "10.0.0.9");
        }
        assertThat(guard.blocked("330328101-2026-9999", "10.0.0.9")).isTrue();
        assertThat(guard.blocked("330328101-2026-9999", "10.0.0.8")).isFalse();
    }

    @Test
    void an_unknown_applicant_type_is_refused_in_words() {
        assertThatThrownBy(() -> PublicRequestResource.applicantType("ALIEN"))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.disclosure.applicant-type-required");
        assertThat(PublicRequestResource.applicantType(" NATURAL_PERSON ").name()).isEqualTo("NATURAL_PERSON");
    }

    @Test
    void every_disclosure_key_is_in_both_bundles_and_every_key_the_code_uses_exists() throws IOException {
        Set<String> chinese = keys("/vaadin-i18n/translations.properties");
        Set<String> english = keys("/vaadin-i18n/translations_en.properties");
        assertThat(chinese).isNotEmpty().containsExactlyInAnyOrderElementsOf(english);
        for (RequestState state : RequestState.values()) {
            assertThat(chinese).contains("disclosure.state." + state.name());
        }
        Set<String> used = new java.util.HashSet<>(usedKeys(Path.of("../ejb/src/main/java/org/gongshi/request")));
        used.addAll(usedKeys(Path.of("src/main/java/org/gongshi/web/rest")));
        for (String field : Set.of("applicant-name", "applicant-contact", "description", "applicant-told")) {
            used.add("error.disclosure." + field + "-required");
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(chinese).containsAll(used);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DisclosureRequestApiTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("error.disclosure.") || key.startsWith("disclosure."))
                .collect(Collectors.toSet());
    }

    private static Set<String> usedKeys(Path dir) throws IOException {
        Pattern key = Pattern.compile("\"(error\\.disclosure\\.[a-z-]+[a-z])\"");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = key.matcher(Files.readString(p));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }
}
