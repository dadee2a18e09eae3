package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** X-Forwarded-For is believed only from configured proxy addresses (issue 11). */
class TrustedProxyFilterTest {

    @Test
    void x_forwarded_for_is_ignored_when_no_proxy_is_configured() throws Exception {
        assertThat(remoteAddressSeen(List.of(), "10.0.0.5", "203.0.113.7")).isEqualTo("10.0.0.5");
    }

    @Test
    void x_forwarded_for_is_ignored_from_a_peer_that_is_not_a_configured_proxy() throws Exception {
        assertThat(remoteAddressSeen(List.of("10.0.0.5"), "198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
    }

    @Test
    void x_forwarded_for_from_a_configured_proxy_gives_the_client_address() throws Exception {
        assertThat(remoteAddressSeen(List.of("10.0.0.5"), "10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(remoteAddressSeen(List.of("10.0.0.0/24"), "10.0.0.5", "203.0.113.7, 10.0.0.9"))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void what_a_client_wrote_in_front_of_the_proxys_entry_is_not_believed() throws Exception {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
        assertThat(remoteAddressSeen(List.of("10.0.0.5"), "10.0.0.5", "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(remoteAddressSeen(List.of("10.0.0.5"), "10.0.0.5", "<script>")).isEqualTo("10.0.0.5");
        assertThat(remoteAddressSeen(List.of("10.0.0.5"), "10.0.0.5", "evil.example.com")).isEqualTo("10.0.0.5");
    }

    @Test
    void a_host_name_is_refused_as_a_trusted_proxy() {
        assertThatThrownBy(() -> new TrustedProxyFilter(List.of("proxy.example.com")))
                .hasMessageContaining("只能填写 IP 地址或 CIDR 网段");
    }

    private static String remoteAddressSeen(List<String> proxies, String peer, String forwarded) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/identity/me");
        request.setRemoteAddr(peer);
        request.addHeader(TrustedProxyFilter.HEADER, forwarded);
        AtomicReference<String> seen = new AtomicReference<>();
        new TrustedProxyFilter(proxies).doFilter(request, new MockHttpServletResponse(),
                (ServletRequest r, jakarta.servlet.ServletResponse s) -> seen.set(r.getRemoteAddr()));
        return seen.get();
    }
}
