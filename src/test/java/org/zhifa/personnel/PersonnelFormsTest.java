package org.zhifa.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The person form is bound by Spring: a malformed date shows the form again, as typed, naming the field; 400. */
@ZhifaIntegrationTest
class PersonnelFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_joining_date_that_does_not_exist_shows_the_form_again_as_typed() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/personnel/officers", Map.of("kind", "OFFICER", "unitId", "11", "name", "表单测试员",
                "gender", "MALE", "post", "执法队员（测试）", "joinedOn", "2026-02-30"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("入职日期：格式不正确，应为日期", "value=\"2026-02-30\"", "value=\"表单测试员\"",
                "value=\"执法队员（测试）\"");
        assertThat(jdbc.sql("select count(*) from officer where name = '表单测试员'").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_services_findings_stand_beside_their_fields() {
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/personnel/officers", Map.of("kind", "OFFICER", "unitId", "11", "name", "页面测试",
                "gender", "", "idNumber", "632890199001010010", "version", "", "joinedOn", "", "responsibleOfficerId", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-field=\"gender\">请选择性别</div>");
    }

    @Test
    void a_certificate_change_with_an_unknown_reason_is_a_400_naming_the_reason_and_changes_nothing() {
        var cert = jdbc.sql("""
                select c.id, c.officer_id, c.state from enforcement_certificate c join officer o on o.id = c.officer_id
                where o.unit_id = 11 order by c.id limit 1""").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        String before = jdbc.sql("select state from enforcement_certificate where id = ?").param(cert[0])
                .query(String.class).single();
        WebSession head = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD);
        var r = head.submit("/personnel/certificates/" + cert[0] + "/changes", Map.of("officerId",
                String.valueOf(cert[1]), "reason", "PAUSE", "date", "2026-03-02", "note", "测试"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("变更事由：格式不正确，应为以下取值之一").doesNotContain("reason 的值");
        assertThat(jdbc.sql("select state from enforcement_certificate where id = ?").param(cert[0])
                .query(String.class).single()).isEqualTo(before);
    }
}
