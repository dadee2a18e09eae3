package org.zhifa.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The exam and fitness forms bind typed values; a missing person or a malformed score is named in Chinese. */
@ZhifaIntegrationTest
class TrainingFormsTest {

    @LocalServerPort
    int port;

    @Test
    void an_exam_without_a_person_names_the_missing_field() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/training/exams", Map.of("examName", "执法资格考试（测试）", "examDate", "2026-03-02",
                "score", "80"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(head.get("/training/exams").body()).contains("人员：必须填写");
    }

    @Test
    void an_exam_with_a_score_in_words_names_the_field() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/training/exams", Map.of("officerId", "1", "examName", "执法资格考试（测试）",
                "examDate", "2026-03-02", "score", "八十"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(head.get("/training/exams").body()).contains("成绩：格式不正确，应为数字");
    }

    @Test
    void a_fitness_test_on_a_day_that_does_not_exist_names_the_field() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/training/fitness", Map.of("officerId", "1", "heldOn", "2026-02-30", "result", "合格"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(head.get("/training/fitness").body()).contains("测试日期：格式不正确，应为日期");
    }
}
