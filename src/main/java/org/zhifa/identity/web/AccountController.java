package org.zhifa.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.AccountService;
import org.zhifa.identity.SessionStamps;
import org.zhifa.identity.Totp;
import org.zhifa.identity.ZhifaPrincipal;

/** The user's own account: password change and TOTP enrolment. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final SessionStamps stamps;

    AccountController(AccountService accounts, SessionStamps stamps) {
        this.accounts = accounts;
        this.stamps = stamps;
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal ZhifaPrincipal user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        // after a reset the holder lands here first: tell them who reset it and when
        model.addAttribute("notices", accounts.takeNotices(user.userId()));
        return "identity/password";
    }

    /** The holder's other sessions end; this one continues (no longer forced to the password page). */
    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam String current,
            @RequestParam String next, @RequestParam String confirm, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        long stamp;
        try {
            stamp = accounts.changePassword(user.userId(), current, next, confirm);
        } catch (InvalidInputException e) {
            model.addAttribute("forced", user.mustChangePassword());
            model.addAttribute("errors", e.fieldErrors());
            return "identity/password";
        }
        stamps.continueAfterPasswordChange(user, stamp, request, response);
        return "redirect:/account/password?changed";
    }

    @GetMapping("/account/totp")
    String totp(@AuthenticationPrincipal ZhifaPrincipal user, Model model) {
        boolean enabled = accounts.totpEnabled(user.userId());
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", user.mustEnrolTotp());
        if (!enabled) {
            String secret = accounts.pendingTotpSecret(user.userId());
            if (secret == null) {
                secret = accounts.startTotpEnrolment(user.userId());
            }
            model.addAttribute("secret", secret);
            model.addAttribute("qr", Totp.qrDataUri(Totp.uri(accounts.totpIssuer(), user.username(), secret)));
        }
        return "identity/totp";
    }

    @PostMapping("/account/totp")
    String confirmTotp(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam String code, Model model,
            HttpServletRequest request) {
        try {
            accounts.confirmTotp(user.userId(), code);
        } catch (InvalidInputException e) {
            model.addAttribute("codeError", e.getMessage());
            return totp(user, model);
        }
        endSession(request);
        return "redirect:/login?totp";
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
