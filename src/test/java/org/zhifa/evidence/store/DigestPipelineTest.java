package org.zhifa.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class DigestPipelineTest {

    @Test
    void sm3AndSha256OfTheStandardVectorAbc() throws Exception {
        ContentDigest d = DualDigest.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        // GB/T 32905-2016 example 1 and FIPS 180-4 "abc"
        assertThat(d.sm3Hex()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(d.sha256Hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.size()).isEqualTo(3);
    }

    @Test
    void streamOfManyBuffersDigestsAsOnePassAndCopiesEveryByte() throws Exception {
        byte[] data = new byte[DualDigest.BUFFER_SIZE * (DigestPipeline.BUFFERS * 3) + 12_345];
        new SplittableRandom(19).nextBytes(data);
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        DualDigest d = new DualDigest();
        long n = d.copy(new ByteArrayInputStream(data), copied);
        ContentDigest got = d.finish();

        assertThat(n).isEqualTo(data.length);
        assertThat(copied.toByteArray()).isEqualTo(data);
        assertThat(got.sm3Hex()).isEqualTo(sm3(data));
        assertThat(got.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        assertThat(got.size()).isEqualTo(data.length);
    }

    @Test
    void twoTargetsFedInPiecesOfUnevenLengthEachGetTheirWholeStream() throws Exception {
        byte[] first = new byte[700_001];
        new SplittableRandom(7).nextBytes(first);
        DualDigest running = new DualDigest();
        running.update(first, 0, first.length); // state from an earlier chunk
        DualDigest chunk = new DualDigest();
        byte[] second = new byte[3_000_003];
        new SplittableRandom(8).nextBytes(second);
        try (DigestPipeline p = new DigestPipeline(running, chunk)) {
            int at = 0;
            int step = 1;
            while (at < second.length) {
                byte[] b = p.buffer();
                int n = Math.min(Math.min(step, b.length), second.length - at);
                System.arraycopy(second, at, b, 0, n);
                p.submit(b, n);
                at += n;
                step = step >= DualDigest.BUFFER_SIZE ? 1 : step * 3 + 1;
            }
            p.finish();
        }
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        assertThat(running.finish().sm3Hex()).isEqualTo(sm3(all));
        assertThat(running.size()).isEqualTo(all.length);
        ContentDigest c = chunk.finish();
        assertThat(c.sm3Hex()).isEqualTo(sm3(second));
        assertThat(c.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(second)));
    }

    private static String sm3(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
