package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The over-limit trial page binds its form: a malformed number is a 400 naming the field, the form as typed. */
@ZhifaIntegrationTest
class JudgePageFormTest {

    @LocalServerPort
    int port;

    @Test
    void a_malformed_number_is_shown_again_as_typed_with_the_chinese_name_of_the_field() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var r = officer.get("/nonsite/judge?axles=" + enc("六") + "&grossMassKg=49000&heightM=" + enc("4.1米"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("轴数：格式不正确，应为整数", "总高（米）：格式不正确，应为数字")
                .contains("value=\"六\"", "value=\"4.1米\"", "value=\"49000\"").doesNotContain("id=\"verdict\"");
    }

    @Test
    void a_missing_axle_count_or_a_dimension_out_of_range_is_named_by_validation() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var r = officer.get("/nonsite/judge?axles=&grossMassKg=49000&heightM=120");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("轴数：必须填写", "总高（米）：应小于或等于 100").doesNotContain("id=\"verdict\"");
        var api = TestApi.as(port, "officer1").post("/api/nonsite/judge", java.util.Map.of("grossMassKg", 49000,
                "widthM", -1));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("fields").get("axles").asString()).isEqualTo("轴数：必须填写");
        assertThat(api.json().get("fields").get("widthM").asString()).isEqualTo("总宽（米）：应大于或等于 0");
        assertThat(api.json().has("article")).isFalse();
    }

    @Test
    void a_well_formed_measurement_is_judged() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var r = officer.get("/nonsite/judge?axles=6&grossMassKg=55000&singleTyreNonDriveAxles=0&toleranceKg=0");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"verdict\"", "超限").doesNotContain("form-errors");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
