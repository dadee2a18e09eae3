package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The 413 of an upload over the limits names the limits as configured (spring.servlet.multipart.*), in Chinese. */
class UploadLimitProblemTest {

    @Test
    void the_413_names_the_configured_limits_in_the_unit_they_were_given_in() {
        Problems.Problem p = Problems.uploadTooLarge(-1, new MultipartConfigElement("", 1536 * 1024, 2 * 1024 * 1024, 0));
        assertThat(p.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(p.title()).isEqualTo("内容过大");
        assertThat(p.detail()).isEqualTo("上传的内容超过允许的大小：单个文件不得超过 1536 KB，一次上传的内容合计不得超过 2 MB");
        assertThat(p.properties()).containsEntry("maxFileSize", 1536L * 1024).containsEntry("maxRequestSize", 2L * 1024 * 1024);
    }

    @Test
    void an_unlimited_file_size_is_not_named_and_without_configuration_the_reported_limit_is() {
        assertThat(Problems.uploadTooLarge(-1, new MultipartConfigElement("", -1, 1000, 0)).detail())
                .isEqualTo("上传的内容超过允许的大小：一次上传的内容合计不得超过 1000 字节");
        assertThat(Problems.uploadTooLarge(5 * 1024 * 1024, null).detail())
                .isEqualTo("上传的内容超过允许的大小：上传的内容不得超过 5 MB");
    }
}
