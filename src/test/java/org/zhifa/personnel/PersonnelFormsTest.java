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
}
