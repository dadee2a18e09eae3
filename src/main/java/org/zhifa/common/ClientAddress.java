package org.zhifa.common;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as recorded in audit and login records. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The peer address. {@code X-Forwarded-For} is never read here: identity's trusted-proxy filter has already put
     * the client's address in place when, and only when, the peer is a configured reverse proxy.
     */
    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
