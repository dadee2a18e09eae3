package org.zhifa.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {

    /**
     * The "GET Object" example of the Amazon S3 API reference, "Signature Calculations for the Authorization Header:
     * Transferring Payload in a Single Chunk" (virtual-hosted style, Range bytes=0-9, 2013-05-24, us-east-1).
     */
    @Test
    void signs_the_aws_documentation_get_object_example() {
        SigV4Signer signer = new SigV4Signer("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "us-east-1", "s3");

        Map<String, String> headers = signer.sign("GET", "examplebucket.s3.amazonaws.com", "/test.txt", "",
                Map.of("Range", "bytes=0-9"), SigV4Signer.EMPTY_SHA256, Instant.parse("2013-05-24T00:00:00Z"));

        assertThat(headers).containsEntry("x-amz-date", "20130524T000000Z")
                .containsEntry("x-amz-content-sha256", SigV4Signer.EMPTY_SHA256)
                .containsEntry("Authorization", "AWS4-HMAC-SHA256 "
                        + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void encodes_path_segments_with_rfc3986_unreserved_characters_kept() {
        assertThat(SigV4Signer.encodeSegment("a b+c~d_e.f-g")).isEqualTo("a%20b%2Bc~d_e.f-g");
        assertThat(SigV4Signer.encodeSegment("证")).isEqualTo("%E8%AF%81");
    }
}
