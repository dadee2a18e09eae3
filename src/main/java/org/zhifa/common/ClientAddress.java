package org.zhifa.common;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as recorded in audit and login records. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The first X-Forwarded-For hop (set by the reverse proxy) if present, else the peer address. */
    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String first = forwarded.split(",", 2)[0].trim();
            if (!first.isEmpty()) {
                return first;
            }
        }
        return request.getRemoteAddr();
    }
}
