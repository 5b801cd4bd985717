package org.gongshi.privacy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.privacy.PersonalDataScannerTest.ID;
import static org.gongshi.privacy.PersonalDataScannerTest.ID_X;

class IdNumberHashTest {

    private static final byte[] HUANGZHUANG_SECRET = "篁庄村委会的测试密钥，三十二字节以上".getBytes(StandardCharsets.UTF_8);
    private static final byte[] XILI_SECRET = "西里村委会的测试密钥，三十二字节以上".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_same_person_matches_in_the_old_fifteen_and_the_eighteen_digit_form() {
        IdNumberHash hash = new IdNumberHash(HUANGZHUANG_SECRET);
        // 330328900101123 is the 1999 form of 33032819900101123 + its check character.
        String upgraded = "33032819900101123" + CitizenId.checkCharacter("33032819900101123");
        assertThat(hash.of("330328900101123")).isEqualTo(hash.of(upgraded)).isPresent();
        assertThat(CitizenId.canonical("330328900101123")).contains(upgraded);
    }

    @Test
    void separators_full_width_digits_and_lower_case_x_do_not_change_the_hash() {
        IdNumberHash hash = new IdNumberHash(HUANGZHUANG_SECRET);
        String expected = hash.of(ID_X).orElseThrow();
        assertThat(expected).hasSize(64).matches("[0-9a-f]+");
        assertThat(hash.of(ID_X.toLowerCase())).contains(expected);
        assertThat(hash.of("330328 19820615 102x")).contains(expected);
        assertThat(hash.of(PersonalDataScannerTest.toFullWidth(ID_X))).contains(expected);
        assertThat(hash.of(ID)).isNotEqualTo(hash.of(ID_X));
    }

    @Test
    void another_tenant_gets_another_hash_of_the_same_number() {
        assertThat(new IdNumberHash(HUANGZHUANG_SECRET).of(ID)).isNotEqualTo(new IdNumberHash(XILI_SECRET).of(ID));
    }

    @Test
    void a_value_not_shaped_like_an_id_has_no_hash() {
        IdNumberHash hash = new IdNumberHash(HUANGZHUANG_SECRET);
        assertThat(hash.of("无")).isEmpty();
        assertThat(hash.of(null)).isEmpty();
        assertThat(hash.of("3303281990010112")).isEmpty();
        assertThat(hash.of("ID:" + ID)).isEmpty();
        assertThat(hash.matches("无", hash.of(ID).orElseThrow())).isFalse();
    }

    @Test
    void matches_compares_with_the_stored_hash() {
        IdNumberHash hash = new IdNumberHash(HUANGZHUANG_SECRET);
        String stored = hash.of(ID).orElseThrow();
        assertThat(hash.matches("330328-19900101-1239", stored)).isTrue();
        assertThat(hash.matches(ID_X, stored)).isFalse();
        assertThat(hash.matches(ID, null)).isFalse();
    }

    @Test
    void secrets_are_random_long_enough_and_copied() {
        byte[] a = IdNumberHash.newSecret();
        byte[] b = IdNumberHash.newSecret();
        assertThat(a).hasSize(IdNumberHash.SECRET_BYTES);
        assertThat(Arrays.equals(a, b)).isFalse();
        assertThatThrownBy(() -> new IdNumberHash(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        byte[] secret = IdNumberHash.newSecret();
        IdNumberHash hash = new IdNumberHash(secret);
        String before = hash.of(ID).orElseThrow();
        Arrays.fill(secret, (byte) 0);
        assertThat(hash.of(ID)).contains(before);
        assertThat(hash.toString()).doesNotContain(Arrays.toString(secret));
    }
}
