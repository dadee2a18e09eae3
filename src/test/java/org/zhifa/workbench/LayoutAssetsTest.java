package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Every stylesheet and script the login page and layout reference is served (webjar paths are easy to get wrong). */
@ZhifaIntegrationTest
class LayoutAssetsTest {

    @LocalServerPort
    int port;

    @Test
    void login_page_assets_are_served() {
        var page = TestApi.anonymous(port).get("/login");
        assertThat(page.status()).isEqualTo(200);
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(page.body());
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).isNotEmpty();
        for (String asset : assets) {
            assertThat(TestApi.anonymous(port).get(asset).status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void layout_assets_are_served() {
        String layout = new String(readLayout(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("@\\{(/(?:webjars|css|js)/[^}]+)}").matcher(layout);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(TestApi.anonymous(port).get(m.group(1)).status()).as(m.group(1)).isEqualTo(200);
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
    }

    private static byte[] readLayout() {
        try (var in = LayoutAssetsTest.class.getResourceAsStream("/templates/layout.html")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
