package org.zhifa.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.common.NotFoundException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.DelegatingS3Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The S3 store against a real S3-compatible server (S3Proxy, checking Signature V4) started by the test. */
class S3ContentStoreTest {

    private static final long PART = S3ContentStore.MIN_PART_BYTES;

    @TempDir
    static Path serverDir;
    @TempDir
    Path dir;

    private static S3TestServer server;
    private static S3Client client;
    private static int buckets;

    private String bucket;
    private S3ContentStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3TestServer.start(serverDir);
        client = server.client();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newBucket() throws IOException {
        bucket = "evidence-" + (++buckets);
        client.createBucket(b -> b.bucket(bucket));
        store = connect(S3TestServer.SECRET_KEY);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private S3ContentStore connect(String secret) throws IOException {
        return S3ContentStore.connect(server.endpoint(), S3TestServer.REGION, bucket, S3TestServer.ACCESS_KEY, secret,
                true, PART, dir.resolve("tmp"));
    }

    private static String keyOf(ContentDigest d) {
        return d.sm3Hex().substring(0, 2) + "/" + d.sm3Hex().substring(2, 4) + "/" + d.sm3Hex();
    }

    private byte[] stored(ContentDigest d) {
        return client.getObjectAsBytes(b -> b.bucket(bucket).key(keyOf(d))).asByteArray();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void put_then_open_returns_the_bytes_under_the_sm3_key() throws IOException {
        byte[] content = "执法记录仪视频（虚构测试数据）".getBytes(StandardCharsets.UTF_8);

        ContentDigest d = store.put(new ByteArrayInputStream(content));

        assertThat(d).isEqualTo(DualDigest.of(new ByteArrayInputStream(content)));
        assertThat(client.listObjectsV2(b -> b.bucket(bucket)).contents())
                .extracting(o -> o.key()).containsExactly(keyOf(d));
        try (InputStream in = store.open(d.sm3Hex(), 0)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void open_with_an_offset_returns_the_tail() throws IOException {
        byte[] content = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        ContentDigest d = store.put(new ByteArrayInputStream(content));

        try (InputStream in = store.open(d.sm3Hex(), 10)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abcdef");
        }
        try (InputStream in = store.open(d.sm3Hex(), content.length)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void an_existing_object_is_never_overwritten() throws IOException {
        byte[] content = "同一内容只存一次".getBytes(StandardCharsets.UTF_8);
        ContentDigest d = store.put(new ByteArrayInputStream(content));
        // Mark the stored object: if the store wrote the name again, the mark would be gone.
        byte[] marked = "此对象不得被覆盖".getBytes(StandardCharsets.UTF_8);
        client.putObject(b -> b.bucket(bucket).key(keyOf(d)), RequestBody.fromBytes(marked));

        Path staged = dir.resolve("staged.part");
        Files.write(staged, content);
        store.adopt(staged, d);
        store.put(new ByteArrayInputStream(content));

        assertThat(stored(d)).isEqualTo(marked);
        assertThat(staged).doesNotExist();
    }

    @Test
    void a_second_writer_between_head_and_put_is_refused_by_the_conditional_write() throws IOException {
        byte[] content = "两个实例同时保存同一内容（虚构）".getBytes(StandardCharsets.UTF_8);
        ContentDigest d = DualDigest.of(new ByteArrayInputStream(content));
        byte[] first = "先写入者的对象".getBytes(StandardCharsets.UTF_8);
        // The other instance's HEAD found nothing too; it writes just before this one's PUT.
        S3Client racing = new DelegatingS3Client(client) {
            @Override
            public HeadObjectResponse headObject(HeadObjectRequest request) {
                client.putObject(b -> b.bucket(bucket).key(keyOf(d)), RequestBody.fromBytes(first));
                throw (NoSuchKeyException) NoSuchKeyException.builder().statusCode(404).message("racing").build();
            }
        };
        Path staged = dir.resolve("race.part");
        Files.write(staged, content);

        try (S3ContentStore second = new S3ContentStore(racing, bucket, "racing", PART, dir.resolve("tmp"))) {
            second.adopt(staged, d);
        }

        assertThat(stored(d)).as("If-None-Match: * kept the first writer's object").isEqualTo(first);
        assertThat(staged).doesNotExist();
    }

    @Test
    void replace_puts_the_verified_bytes_back_under_the_name() throws IOException {
        byte[] content = "损坏后修复的证据（虚构）".getBytes(StandardCharsets.UTF_8);
        ContentDigest d = store.put(new ByteArrayInputStream(content));
        client.putObject(b -> b.bucket(bucket).key(keyOf(d)), RequestBody.fromBytes(new byte[] {0}));

        Path staged = dir.resolve("repair.part");
        Files.write(staged, content);
        store.replace(staged, d);

        assertThat(stored(d)).isEqualTo(content);
        assertThat(store.digestOf(d.sm3Hex())).isEqualTo(d);
    }

    @Test
    void adopt_uploads_the_staged_file_and_removes_it() throws IOException {
        byte[] content = random(300_000, 7);
        Path staged = dir.resolve("upload.part");
        Files.write(staged, content);
        ContentDigest d = DualDigest.of(new ByteArrayInputStream(content));

        store.adopt(staged, d);

        assertThat(staged).doesNotExist();
        assertThat(store.exists(d.sm3Hex())).isTrue();
        assertThat(store.size(d.sm3Hex())).isEqualTo(content.length);
    }

    @Test
    void an_object_larger_than_the_part_size_goes_up_in_parts_and_reads_back_whole() throws IOException {
        byte[] content = random((int) (2 * PART + 12_345), 11);
        Path staged = dir.resolve("large.part");
        Files.write(staged, content);
        ContentDigest d = DualDigest.of(new ByteArrayInputStream(content));

        store.adopt(staged, d);

        assertThat(client.headObject(b -> b.bucket(bucket).key(keyOf(d))).eTag())
                .as("the ETag of a multipart object names its part count").endsWith("-3\"");
        assertThat(store.size(d.sm3Hex())).isEqualTo(content.length);
        assertThat(store.digestOf(d.sm3Hex())).isEqualTo(d);
        try (InputStream in = store.open(d.sm3Hex(), PART + 1)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, (int) PART + 1,
                    content.length));
        }
        assertThat(client.listMultipartUploads(b -> b.bucket(bucket)).uploads()).as("no unfinished uploads").isEmpty();
    }

    @Test
    void an_upload_whose_bytes_do_not_match_their_sha256_is_refused_by_the_store() throws IOException {
        byte[] content = "传输中被改动的内容".getBytes(StandardCharsets.UTF_8);
        ContentDigest real = DualDigest.of(new ByteArrayInputStream(content));
        ContentDigest claimed = new ContentDigest(real.sm3Hex(), HexFormat.of().formatHex(new byte[32]), real.size());
        Path staged = dir.resolve("altered.part");
        Files.write(staged, content);

        assertThatThrownBy(() -> store.adopt(staged, claimed)).isInstanceOf(IOException.class)
                .hasMessageContaining("S3 存储请求失败").hasMessageContaining("HTTP 400");
        assertThat(store.exists(real.sm3Hex())).isFalse();
    }

    @Test
    void objects_over_5_gb_go_up_in_at_most_10000_parts() {
        long gb = 1024L * 1024 * 1024;
        S3ContentStore sixtyFour = store;
        assertThat(sixtyFour.partSizeFor(6 * gb)).isEqualTo(PART);
        long fiveTb = 5 * 1024 * gb;
        long part = sixtyFour.partSizeFor(fiveTb);
        assertThat((fiveTb + part - 1) / part).isLessThanOrEqualTo(10_000);
        assertThat(part % (1024 * 1024)).isZero();
        assertThatThrownBy(() -> sixtyFour.partSizeFor(60 * 1024 * gb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("过大");
    }

    @Test
    void a_missing_object_does_not_exist_and_is_not_found() throws IOException {
        String missing = "ab".repeat(32);

        assertThat(store.exists(missing)).isFalse();
        assertThatThrownBy(() -> store.size(missing)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open(missing, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_refusing_store_is_reported_with_the_http_status() throws IOException {
        try (S3ContentStore wrongSecret = connect("not-the-secret")) {
            assertThatThrownBy(() -> wrongSecret.put(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                    .isInstanceOf(IOException.class).hasMessageContaining("HTTP 403").hasMessageContaining("S3 存储");
        }
    }
}
