package org.zhifa.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.LocalContentStore;
import org.zhifa.evidence.store.S3ContentStore;

/** Choosing the store: s3 starts only with complete settings, and an unknown store is refused. */
class S3StoreSettingsTest {

    @TempDir
    Path dir;

    private ContentStore choose(String store, S3Properties s3) throws IOException {
        return new EvidenceConfiguration().contentStore(new EvidenceProperties(store, dir, null, null, null, null, null, null, null), s3,
                new EvidenceConfiguration.EvidencePaths(dir, dir.resolve("key.pem")));
    }

    @Test
    void s3_with_missing_settings_refuses_to_start_naming_them() {
        assertThatThrownBy(() -> choose("s3", new S3Properties("http://127.0.0.1:9000", null, null, "ak", null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("缺少")
                .hasMessageContaining("zhifa.evidence.s3.bucket")
                .hasMessageContaining("zhifa.evidence.s3.secret-key")
                .hasMessageNotContaining("access-key");
    }

    @Test
    void s3_with_an_invalid_endpoint_refuses_to_start() {
        assertThatThrownBy(() -> choose("s3", new S3Properties("127.0.0.1:9000", null, "b", "ak", "sk", null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("不是有效的地址");
    }

    @Test
    void s3_with_complete_settings_uses_the_s3_store_with_defaults() throws IOException {
        S3Properties s3 = new S3Properties("http://127.0.0.1:9000", null, "evidence", "ak", "sk", null, null);
        assertThat(s3.region()).isEqualTo("us-east-1");
        assertThat(s3.pathStyle()).isTrue();

        ContentStore store = choose("s3", s3);

        assertThat(store).isInstanceOf(S3ContentStore.class);
        assertThat(store.describe()).contains("http://127.0.0.1:9000").contains("evidence");
    }

    @Test
    void the_part_size_defaults_to_64_mb_and_must_lie_between_the_s3_limits() {
        assertThat(new S3Properties(null, null, null, null, null, null, null).partSize())
                .isEqualTo(DataSize.ofMegabytes(64));
        assertThatThrownBy(() -> new S3Properties(null, null, null, null, null, null, DataSize.ofMegabytes(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zhifa.evidence.s3.part-size")
                .hasMessageContaining("5MB 至 5GB");
        assertThatThrownBy(() -> new S3Properties(null, null, null, null, null, null, DataSize.ofGigabytes(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void local_is_the_default_and_unknown_stores_are_refused() throws IOException {
        S3Properties none = new S3Properties(null, null, null, null, null, null, null);
        assertThat(choose(null, none)).isInstanceOf(LocalContentStore.class);
        assertThatThrownBy(() -> choose("ftp", none)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("不受支持");
    }
}
