package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (SHA-1, secret "12345678901234567890"), 6-digit truncation. */
class TotpTest {

    private final String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matches_every_sha1_vector_of_rfc_6238_appendix_b() {
        // the RFC's 8-digit values 94287082, 07081804, 14050471, 89005924, 69279037, 65353130, cut to 6 digits
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void the_secret_is_rfc_4648_base32_and_a_damaged_one_is_refused() {
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
        assertThatThrownBy(() -> Totp.code("GEZDGNBV!Y3TQOJQ", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("动态口令密钥格式不正确");
    }

    @Test
    void accepts_one_step_of_clock_drift_and_nothing_more() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(90)), now)).isFalse();
        assertThat(Totp.verify(secret, "abc", now)).isFalse();
    }

    @Test
    void base32_round_trips() {
        byte[] data = {1, 2, 3, 4, 5, (byte) 200, 0, 77};
        assertThat(Totp.base32Decode(Totp.base32(data))).isEqualTo(data);
    }
}
