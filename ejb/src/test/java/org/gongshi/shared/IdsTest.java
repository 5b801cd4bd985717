package org.gongshi.shared;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

    @Test
    void ids_are_version_7_uuids_that_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.newId();
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(Ids.looksLikeId(id)).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void text_that_is_not_a_canonical_uuid_is_not_an_id() {
        assertThat(Ids.looksLikeId("' OR '1'='1")).isFalse();
        assertThat(Ids.looksLikeId(null)).isFalse();
        assertThat(Ids.looksLikeId("0190F3A2-7B1C-7DEF-8000-000000000000")).isFalse();
    }
}
