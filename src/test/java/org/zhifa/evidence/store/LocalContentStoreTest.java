package org.zhifa.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.crypto.Sm3;

class LocalContentStoreTest {

    @TempDir
    Path dir;

    @Test
    void a_file_is_stored_under_its_sm3_digest_with_both_digests_computed_while_streaming() throws Exception {
        LocalContentStore store = new LocalContentStore(dir);
        byte[] content = "执法记录仪视频".getBytes(StandardCharsets.UTF_8);
        ContentDigest d = store.put(new ByteArrayInputStream(content));
        assertThat(d.sm3Hex()).isEqualTo(Sm3.hex(content));
        assertThat(d.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(d.size()).isEqualTo(content.length);
        Path object = dir.resolve("objects").resolve(d.sm3Hex().substring(0, 2)).resolve(d.sm3Hex().substring(2, 4))
                .resolve(d.sm3Hex());
        assertThat(object).hasBinaryContent(content);
        try (InputStream in = store.open(d.sm3Hex(), 3)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 3, content.length));
        }
        assertThat(Files.list(dir.resolve("tmp"))).isEmpty();
    }

    @Test
    void the_sm3_known_answer_holds_for_the_streaming_digest() throws Exception {
        ContentDigest d = DualDigest.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        assertThat(d.sm3Hex()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(d.sha256Hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void an_existing_object_is_never_overwritten() throws Exception {
        LocalContentStore store = new LocalContentStore(dir);
        byte[] content = new byte[1000];
        ContentDigest d = store.put(new ByteArrayInputStream(content));
        Path object = store.pathOf(d.sm3Hex());
        long inode = (long) Files.getAttribute(object, "unix:ino");
        // Adopting a staged file claiming the same digest keeps the first object untouched.
        Path forged = Files.writeString(store.stagingDirectory().resolve("forged.part"), "something else");
        store.adopt(forged, d);
        assertThat(object).hasBinaryContent(content);
        assertThat((long) Files.getAttribute(object, "unix:ino")).isEqualTo(inode);
        assertThat(forged).doesNotExist();
    }

    @Test
    void a_large_stream_is_digested_with_a_fixed_buffer() throws Exception {
        LocalContentStore store = new LocalContentStore(dir);
        long size = 40L * 1024 * 1024 + 17;
        InputStream generated = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? (int) (left & 0xff) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) (--left & 0xff);
                }
                return n;
            }
        };
        ContentDigest d = store.put(generated);
        assertThat(d.size()).isEqualTo(size);
        try (InputStream in = store.open(d.sm3Hex(), 0)) {
            assertThat(DualDigest.of(in)).isEqualTo(d);
        }
    }
}
