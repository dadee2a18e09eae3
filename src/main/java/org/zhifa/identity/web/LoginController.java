package org.zhifa.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.identity.SessionStamps;

/** The Chinese login page; the form is processed by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String ended, HttpSession session, Model model) {
        if (error != null) {
            Object e = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("error", e instanceof AuthenticationException ae && ae.getMessage() != null
                    ? ae.getMessage() : "用户名或密码错误");
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        if (ended != null) {
            model.addAttribute("ended", SessionStamps.ENDED_DETAIL);
        }
        if (logout != null) {
            model.addAttribute("message", "您已安全退出");
        }
        return "identity/login";
    }
}
