package org.zhifa.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address every module sees ({@code getRemoteAddr()}, and so the audit trail, login records and rate
 * limits): the socket peer, unless that peer is one of the configured reverse proxies
 * ({@code zhifa.security.trusted-proxies}); only then is {@code X-Forwarded-For} read, from the right, up to the
 * first hop that is not a trusted proxy. A client cannot choose its recorded address by sending the header.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<IpAddressMatcher> proxies;

    TrustedProxyFilter(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(p -> {
            String address = p.contains("/") ? p.substring(0, p.indexOf('/')) : p;
            if (!literal(address)) {
                throw new IllegalStateException("zhifa.security.trusted-proxies 只能填写 IP 地址或 CIDR 网段（如 10.0.0.5 或 "
                        + "10.0.0.0/24），不能填写主机名：" + p);
            }
            return new IpAddressMatcher(p);
        }).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String forwarded = request.getHeader(HEADER);
        if (proxies.isEmpty() || forwarded == null || forwarded.isBlank() || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientBehind(request.getRemoteAddr(), forwarded);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** The nearest hop, reading X-Forwarded-For from the right, that is not a trusted proxy. */
    String clientBehind(String peer, String forwarded) {
        String client = peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!literal(hop)) {
                break; // what a client wrote itself is not an address to record
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return address != null && literal(address) && proxies.stream().anyMatch(m -> m.matches(address));
    }

    /** An IP literal (never a host name: matching one would mean a DNS lookup of what a client sent). */
    static boolean literal(String s) {
        return s != null && (IPV4.matcher(s).matches() || IPV6.matcher(s).matches());
    }
}
