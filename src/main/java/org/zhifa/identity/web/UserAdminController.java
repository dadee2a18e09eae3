package org.zhifa.identity.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.InvalidInputException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.IdentityAdministration;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.ZhifaPrincipal;

/** User administration for the system administrator (and read-only lists for the security administrator). */
@Controller
class UserAdminController {

    private final IdentityAdministration admin;
    private final OrgUnits units;
    private final DataScope scope;

    UserAdminController(IdentityAdministration admin, OrgUnits units, DataScope scope) {
        this.admin = admin;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String list(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", admin.users(scope.visibleUnitIds(user), q, unitId, page, 20));
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("tree", units.tree());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newForm(Model model) {
        model.addAttribute("tree", units.tree());
        model.addAttribute("form", Map.of());
        return "identity/user-new";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@AuthenticationPrincipal ZhifaPrincipal user, @RequestParam String username,
            @RequestParam String displayName, @RequestParam(required = false) Long unitId, Model model) {
        try {
            model.addAttribute("otp", admin.createUser(user, username, displayName, unitId));
            return "identity/one-time-password";
        } catch (InvalidInputException e) {
            model.addAttribute("tree", units.tree());
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("form", Map.of("username", username, "displayName", displayName,
                    "unitId", unitId == null ? "" : unitId));
            return "identity/user-new";
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String detail(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("u", admin.user(id));
        model.addAttribute("mayResetPassword", admin.mayResetPassword(user, id));
        model.addAttribute("mayChangeStatus", admin.mayChangeStatus(user, id));
        model.addAttribute("tree", units.tree());
        return "identity/user-detail";
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id, @RequestParam int version,
            @RequestParam String displayName, @RequestParam(required = false) Long unitId, Model model,
            RedirectAttributes redirect) {
        try {
            admin.updateUser(user, id, version, displayName, unitId);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.fieldErrors());
            return detail(user, id, model);
        }
        redirect.addFlashAttribute("message", "已保存");
        return "redirect:/admin/users/" + id;
    }

    /** Users' accounts by the system administrator, administrators' by the security administrator (三员分立). */
    @PostMapping("/admin/users/{id}/enabled")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String enable(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        admin.setEnabled(user, id, enabled);
        redirect.addFlashAttribute("message", enabled ? "已启用该用户" : "已停用该用户：其访问令牌已全部注销，已登录的会话在其下一次请求时结束");
        return "redirect:/admin/users/" + id;
    }

    /** Users' passwords by the system administrator, administrators' by the security administrator (三员分立). */
    @PostMapping("/admin/users/{id}/password-reset")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String resetPassword(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("otp", admin.resetPassword(user, id));
        return "identity/one-time-password";
    }
}
