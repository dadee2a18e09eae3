package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** 403 and 404 pages keep the layout, the user's menu and account bar, and explain in Chinese. */
@ZhifaIntegrationTest
class ErrorPagesLayoutTest {

    @LocalServerPort
    int port;

    @Test
    void a_forbidden_page_keeps_the_menu_and_explains_how_to_get_the_role() {
        var r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/admin/users");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("id=\"mainNav\"").contains(">案件办理<").contains("id=\"current-user\"")
                .contains("安全管理员申请相应角色");
    }

    @Test
    void a_missing_record_keeps_the_menu_and_explains_the_data_scope() {
        var r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/cases/987654321");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains(">案件办理<").contains("id=\"current-user\"").contains("不在您的数据范围内");
    }

    @Test
    void an_unknown_address_keeps_the_menu() {
        var r = WebSession.login(port, "head1", TestApi.DEMO_PASSWORD).get("/no-such-page");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains(">案件办理<").contains("页面不存在");
    }
}
