package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Public pages show the public portal's header, never the internal menu, even to a logged-in officer. */
@ZhifaIntegrationTest
class PublicPagesLayoutTest {

    @LocalServerPort
    int port;

    @Test
    void public_pages_never_show_the_internal_header() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        for (String path : new String[] {"/public", "/public/evidence/log-key", "/public/documents/verify",
            "/public/catalog/matters", "/public/info"}) {
            var r = officer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("海西州交通运输行政执法公示").doesNotContain("id=\"mainNav\"")
                    .doesNotContain("id=\"current-user\"");
        }
    }
}
