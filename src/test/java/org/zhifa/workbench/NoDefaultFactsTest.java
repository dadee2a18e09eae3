package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * A record holds only facts a person entered: no form fills in a date or time with today or now, and a missing date
 * is refused naming the field.
 */
@ZhifaIntegrationTest
class NoDefaultFactsTest {

    /** An input (or a value expression) whose value comes from the current day or time. */
    private static final Pattern NOW_VALUE = Pattern.compile(
            "th:value=\"[^\"]*(\\btoday\\b|createToday|createNow|#dates\\.create|LocalDate\\.now|LocalTime\\.now)[^\"]*\"");

    /** The penalty trial calculator stores nothing: its dates are the question asked, not a record. */
    private static final Set<String> NOT_RECORDS = Set.of("catalog/violation.html");

    @LocalServerPort
    int port;

    @Test
    void no_template_prefills_a_date_or_time_with_today() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (NOT_RECORDS.contains(name)) {
                    continue;
                }
                Matcher m = NOW_VALUE.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(name + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_training_plan_form_leaves_the_submission_date_to_the_head() {
        String page = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD).get("/training/plans").body();
        Matcher m = Pattern.compile("<input[^>]*name=\"submittedOn\"[^>]*>").matcher(page);
        int inputs = 0;
        while (m.find()) {
            inputs++;
            // a unit without a plan: the field is empty; a saved plan shows its own recorded date
            assertThat(m.group()).doesNotContain("value=\"" + java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE));
        }
        assertThat(inputs).as("head1 edits at least one unit's plan").isPositive();
    }

    @Test
    void a_training_plan_without_its_submission_date_is_refused_naming_the_field() {
        var head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        String page = head.get("/training/plans?year=2031").body();
        Matcher unit = Pattern.compile("name=\"unitId\" value=\"(\\d+)\"").matcher(page);
        assertThat(unit.find()).isTrue();
        var r = head.submit("/training/plans", Map.of("unitId", unit.group(1), "year", "2031", "title", "测试年度培训计划"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("制定日期");
        assertThat(head.get("/training/plans?year=2031").body()).doesNotContain("测试年度培训计划");
    }

    @Test
    void the_new_training_session_form_leaves_the_day_empty() {
        String page = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD).get("/training/sessions/new").body();
        Matcher m = Pattern.compile("<input[^>]*name=\"heldOn\"[^>]*>").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).doesNotContainPattern("value=\"\\d");
    }
}
