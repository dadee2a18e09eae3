package org.zhifa.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 3161 timestamps of tree heads (docs/evidence-log.md §9), against a small SM2 authority built in the test. */
class HeadTimestampTest {

    TestTimeStampAuthority tsa;
    LogKeyPair log = LogKeyPair.generate();

    HeadTimestampTest() throws Exception {
        tsa = new TestTimeStampAuthority();
    }

    @AfterEach
    void close() {
        tsa.close();
    }

    private byte[] token(TreeHead head, HeadTimestamp.Hash hash) throws Exception {
        TimeStampRequest request = HeadTimestamp.request(head.signedBytes(), hash, BigInteger.valueOf(42));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tsa.url()))
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        TimeStampResponse response = new TimeStampResponse(r.body());
        response.validate(request);
        return response.getTimeStampToken().getEncoded();
    }

    @Test
    void a_head_timestamp_verifies_against_the_authority_certificate_with_sha256_and_with_sm3() throws Exception {
        TreeHead head = log.signHead(12, new byte[32], 1_770_000_000_000L);
        for (HeadTimestamp.Hash hash : HeadTimestamp.Hash.values()) {
            HeadTimestamp.Check c = HeadTimestamp.check(token(head, hash), head.signedBytes(),
                    List.of(tsa.certificate()));
            assertThat(c.valid()).as(String.valueOf(c.problem())).isTrue();
            assertThat(c.hash()).isEqualTo(hash);
            assertThat(c.genTimeMillis()).isPositive();
        }
    }

    @Test
    void a_timestamp_of_another_head_or_from_another_authority_fails() throws Exception {
        TreeHead head = log.signHead(12, new byte[32], 1_770_000_000_000L);
        byte[] token = token(head, HeadTimestamp.Hash.SHA_256);
        TreeHead resigned = log.signHead(12, new byte[32], 1_770_000_000_001L);
        assertThat(HeadTimestamp.check(token, resigned.signedBytes(), List.of(tsa.certificate())).problem())
                .contains("不是该树头的摘要");
        try (TestTimeStampAuthority other = new TestTimeStampAuthority()) {
            HeadTimestamp.Check c = HeadTimestamp.check(token, head.signedBytes(), List.of(other.certificate()));
            assertThat(c.valid()).isFalse();
            assertThat(c.problem()).contains("不是由所提供的机构证书签发");
        }
        assertThat(HeadTimestamp.certificates(tsa.certificatePem())).singleElement()
                .isEqualTo(tsa.certificate());
    }
}
