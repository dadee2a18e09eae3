package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The home page's to-do list of case work: by role from the procedure definition, by handler, one click from the step. */
@ZhifaIntegrationTest
class CaseTodosTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private String home(String user) {
        var r = WebSession.login(port, user, TestApi.DEMO_PASSWORD).get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private long registered(int n) {
        return flow.create(flow.draft("GLF-77-1", LocalDate.now(CaseFlow.ZONE), n)).get("id").asLong();
    }

    @Test
    void a_case_waiting_for_filing_approval_is_on_the_heads_list_and_not_on_the_reviewers() {
        long id = registered(811);
        flow.ok("officer1", id, "submit-filing", CaseFlow.on(LocalDate.now(CaseFlow.ZONE), "opinion", "建议立案（测试）"));
        String link = "/cases/" + id + "?step=approve-filing#step-approve-filing";
        assertThat(home("head1")).contains(link.replace("&", "&amp;"));
        assertThat(home("reviewer1")).doesNotContain("/cases/" + id + "?step=");
    }

    @Test
    void a_registered_case_waits_for_its_acting_officer_only() {
        long id = registered(812);
        // the case's acting officers are officer2 (named) and officer1 (who registered it)
        boolean officer1Acts = jdbc.sql("""
                select exists (select 1 from case_officer o join user_account u on u.id = o.user_id
                where o.case_id = ? and u.username = 'officer1' and not o.recused)""").param(id)
                .query(Boolean.class).single();
        String link = "/cases/" + id + "?step=submit-filing";
        assertThat(home("officer2")).contains(link);
        if (officer1Acts) {
            assertThat(home("officer1")).contains(link);
        } else {
            assertThat(home("officer1")).doesNotContain(link);
        }
        assertThat(home("head1")).doesNotContain(link);
    }

    @Test
    void a_case_in_legal_review_waits_for_the_legal_reviewer() {
        long id = registered(813);
        // the list reads the state only: put the case where the reviewer acts
        jdbc.sql("update penalty_case set state = 'LEGAL_REVIEW' where id = ?").param(id).update();
        String reviewer = home("reviewer1");
        assertThat(reviewer).contains("/cases/" + id + "?step=legal-review-agree");
        assertThat(reviewer).contains("法制审核：法制审核同意");
        assertThat(home("officer2")).doesNotContain("/cases/" + id + "?step=");
    }

    @Test
    void a_step_the_person_took_is_on_their_done_list() {
        long id = registered(814);
        flow.ok("officer2", id, "submit-filing", CaseFlow.on(LocalDate.now(CaseFlow.ZONE), "opinion", "建议立案（测试）"));
        String page = home("officer2");
        String done = page.substring(page.indexOf("id=\"todo-done\""));
        assertThat(done).contains("/cases/" + id + "\"").contains("已办：提交立案审批");
    }

    @Test
    void the_step_link_opens_that_steps_form() {
        long id = registered(815);
        var r = WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD).get("/cases/" + id + "?step=submit-filing");
        assertThat(r.body()).containsPattern("<details[^>]*id=\"step-submit-filing\"[^>]*open");
    }

    @Test
    void the_case_page_shows_the_partys_online_statement_in_full_and_the_progress_bar() {
        long id = registered(816);
        String text = "本人对违法事实无异议。\n但车辆系临时停放，请求从轻处罚。（测试陈述第二行）";
        // the statement as the public self-service records it
        jdbc.sql("insert into party_statement (case_id, receipt_number, statement) values (?, ?, ?)")
                .params(id, "TEST-STMT-" + id, text).update();
        String page = WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD).get("/cases/" + id).body();
        assertThat(page).contains("当事人在线陈述申辩（全文）").contains("本人对违法事实无异议。")
                .contains("请求从轻处罚。（测试陈述第二行）").contains("TEST-STMT-" + id);
        assertThat(page).containsPattern("step step-current[^>]*>\\s*<span class=\"step-dot\"></span><span class=\"step-label\">案源登记");
        assertThat(page).containsPattern("step step-next[^>]*>\\s*<span class=\"step-dot\"></span><span class=\"step-label\">待立案审批");
    }

    @Test
    void the_deadline_board_of_a_head_opens_on_the_unit() {
        var r = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD).get("/cases/deadlines");
        assertThat(r.body()).containsPattern("btn-primary\"[^>]*>本单位");
        var o = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/cases/deadlines");
        assertThat(o.body()).containsPattern("btn-primary\"[^>]*>我承办的");
    }

}
