package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Saved filters are the user's own: offered above their list page, invisible to others, deleted only by them. */
@ZhifaIntegrationTest
class SavedFiltersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_saved_filter_is_offered_on_its_page_to_its_owner_only() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var saved = officer.submit("/filters", Map.of("path", "/cases", "query", "state=INVESTIGATION", "name", "调查中的案件"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/cases?state=INVESTIGATION");
        assertThat(officer.get("/cases").body()).contains(">调查中的案件<").contains("/cases?state=INVESTIGATION");
        assertThat(WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD).get("/cases").body())
                .doesNotContain("调查中的案件");

        long id = jdbc.sql("select id from saved_filter where name = '调查中的案件'").query(Long.class).single();
        assertThat(WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD)
                .submit("/filters/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(officer.submit("/filters/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from saved_filter where id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void a_filter_without_a_name_or_conditions_is_not_saved() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        officer.submit("/filters", Map.of("path", "/cases", "query", "", "name", "空筛选"));
        officer.submit("/filters", Map.of("path", "/cases", "query", "state=DECISION", "name", " "));
        assertThat(jdbc.sql("select count(*) from saved_filter where name in ('空筛选', ' ') or query = 'state=DECISION'")
                .query(Long.class).single()).isZero();
    }
}
