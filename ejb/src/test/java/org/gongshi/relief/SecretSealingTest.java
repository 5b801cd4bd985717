package org.gongshi.relief;

import org.gongshi.privacy.IdNumberHash;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealingTest {

    private static final SecretSealing SEALING = new SecretSealing(SecretSealing.developmentKey());

    @Test
    void a_sealed_secret_opens_for_its_own_division_only() {
        byte[] secret = IdNumberHash.newSecret();
        String sealed = SEALING.seal(secret, "330328101200");
        assertThat(sealed).startsWith("v1:");
        assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(secret));
        assertThat(SEALING.open(sealed, "330328101200")).isEqualTo(secret);
        assertThatThrownBy(() -> SEALING.open(sealed, "330328101201")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void another_server_key_cannot_open_it_and_a_changed_byte_is_noticed() {
        String sealed = SEALING.seal(IdNumberHash.newSecret(), "330328101200");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new SecretSealing(otherKey).open(sealed, "330328101200")).isInstanceOf(IllegalStateException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> SEALING.open(tampered, "330328101200")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void two_seals_of_the_same_secret_differ() {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        assertThat(SEALING.seal(secret, "330328101200")).isNotEqualTo(SEALING.seal(secret, "330328101200"));
    }

    @Test
    void the_configured_key_is_read_from_the_system_property() {
        byte[] key = new byte[32];
        key[5] = 7;
        System.setProperty(SecretSealing.PROPERTY, Base64.getEncoder().encodeToString(key));
        try {
            SecretSealing configured = SecretSealing.fromConfiguration();
            String sealed = configured.seal(IdNumberHash.newSecret(), "330328101200");
            assertThatThrownBy(() -> SEALING.open(sealed, "330328101200")).isInstanceOf(IllegalStateException.class);
            assertThat(new SecretSealing(key).open(sealed, "330328101200")).hasSize(32);
        } finally {
            System.clearProperty(SecretSealing.PROPERTY);
        }
    }
}
