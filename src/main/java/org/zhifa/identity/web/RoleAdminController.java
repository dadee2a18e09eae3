package org.zhifa.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.IdentityAdministration;
import org.zhifa.identity.Role;
import org.zhifa.identity.SecurityProperties;
import org.zhifa.identity.ZhifaPrincipal;

/** Roles, locks and security policies: the security administrator's pages. */
@Controller
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class RoleAdminController {

    private final IdentityAdministration admin;
    private final DataScope scope;
    private final SecurityProperties policy;

    RoleAdminController(IdentityAdministration admin, DataScope scope, SecurityProperties policy) {
        this.admin = admin;
        this.scope = scope;
        this.policy = policy;
    }

    @GetMapping("/admin/roles")
    String list(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", admin.users(scope.visibleUnitIds(user), q, null, page, 20));
        model.addAttribute("q", q);
        model.addAttribute("roles", Role.values());
        model.addAttribute("policy", policy);
        return "identity/roles";
    }

    @PostMapping("/admin/roles/{userId}/grant")
    String grant(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long userId, @RequestParam String role,
            RedirectAttributes redirect) {
        try {
            admin.grantRole(user, userId, Role.parse(role));
            redirect.addFlashAttribute("message", "已授予角色");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/admin/roles";
    }

    @PostMapping("/admin/roles/{userId}/revoke")
    String revoke(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long userId, @RequestParam String role,
            RedirectAttributes redirect) {
        admin.revokeRole(user, userId, Role.parse(role));
        redirect.addFlashAttribute("message", "已撤销角色");
        return "redirect:/admin/roles";
    }

    @PostMapping("/admin/roles/{userId}/unlock")
    String unlock(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long userId, RedirectAttributes redirect) {
        admin.unlock(user, userId);
        redirect.addFlashAttribute("message", "已解锁");
        return "redirect:/admin/roles";
    }
}
