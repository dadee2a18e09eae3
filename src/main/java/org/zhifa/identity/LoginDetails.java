package org.zhifa.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;

/** What the login form sends besides the credentials: the TOTP code and the client address. */
record LoginDetails(String remoteAddress, String totp) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static LoginDetails from(HttpServletRequest request) {
        return new LoginDetails(clientAddress(request), request.getParameter("totp"));
    }

    static String clientAddress(HttpServletRequest request) {
        return org.zhifa.common.ClientAddress.of(request);
    }
}
