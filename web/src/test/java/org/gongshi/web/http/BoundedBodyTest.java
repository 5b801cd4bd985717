package org.gongshi.web.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Public bodies are read with a hard cap, and forms are decoded as UTF-8. */
class BoundedBodyTest {

    @Test
    void a_body_declared_or_found_longer_than_the_cap_is_refused_without_reading_it_all() throws IOException {
        assertThatThrownBy(() -> BoundedBody.read(InputStream.nullInputStream(), 10_000_000, BoundedBody.MAX_BYTES))
                .isInstanceOf(BoundedBody.TooLarge.class);
        // Chunked (no declared length): counted while reading, and refused at the first byte over the cap.
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> BoundedBody.read(endless, -1, 1000)).isInstanceOf(BoundedBody.TooLarge.class);
        assertThat(endless.served).isLessThan(1000 + 8192 + 1);
        assertThat(BoundedBody.read(new ByteArrayInputStream("a=1".getBytes(StandardCharsets.UTF_8)), 3, 1000)).isEqualTo("a=1");
    }

    @Test
    void form_fields_are_decoded_as_utf8_and_a_malformed_one_is_left_out() {
        var fields = BoundedBody.formFields("applicantName=%E7%8E%8B%E5%B0%8F%E6%98%8E&description=a+b%26c&bad=%E7%&x=1&x=2&flag");
        assertThat(fields).containsEntry("applicantName", "王小明").containsEntry("description", "a b&c")
                .containsEntry("x", "1").containsEntry("flag", "").doesNotContainKey("bad");
        assertThat(BoundedBody.formFields("")).isEmpty();
    }

    /** An endless stream of bytes that counts what it gave. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}
