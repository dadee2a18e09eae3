package org.zhifa.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.PageResult;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.IdentityAdministration;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.Role;
import org.zhifa.identity.ZhifaPrincipal;

/** Units, users and roles over JSON. Reads are limited to the caller's data scope. */
@RestController
@RequestMapping("/api/identity")
@Tag(name = "组织与用户", description = "单位、用户、角色（三员分立）")
class IdentityApiController {

    private final IdentityAdministration admin;
    private final OrgUnits units;
    private final DataScope scope;

    IdentityApiController(IdentityAdministration admin, OrgUnits units, DataScope scope) {
        this.admin = admin;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户")
    Map<String, Object> me(@AuthenticationPrincipal ZhifaPrincipal user) {
        return Map.of("id", user.userId(), "username", user.username(), "displayName", user.displayName(),
                "unitId", user.unitId(), "unitName", user.unitName(), "roles", user.roleCodes(),
                "seesAllUnits", scope.seesAll(user));
    }

    @GetMapping("/units")
    @Operation(summary = "当前用户数据范围内的单位")
    List<OrgUnitView> units(@AuthenticationPrincipal ZhifaPrincipal user) {
        var visible = scope.visibleUnitIds(user);
        return units.all().stream().filter(u -> visible.contains(u.id())).toList();
    }

    @GetMapping("/users")
    @Operation(summary = "当前用户数据范围内的用户")
    PageResult<IdentityAdministration.UserRow> users(@AuthenticationPrincipal ZhifaPrincipal user,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return admin.users(scope.visibleUnitIds(user), q, unitId, page, size);
    }

    /** A new user. */
    record NewUser(String username, String displayName, Long unitId) {
    }

    @PostMapping("/users")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "创建用户（系统管理员）", description = "返回一次性密码，用户首次登录须修改")
    Map<String, Object> create(@AuthenticationPrincipal ZhifaPrincipal user, @RequestBody NewUser body) {
        var otp = admin.createUser(user, body.username(), body.displayName(), body.unitId());
        return Map.of("id", otp.userId(), "username", otp.username(), "oneTimePassword", otp.password());
    }

    @PostMapping("/users/{id}/enabled")
    @Operation(summary = "启用或停用用户", description = "三员分立：业务用户由系统管理员、管理员由安全管理员停用或启用，不得停用自己")
    Map<String, Object> enabled(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id,
            @RequestBody Map<String, Boolean> body) {
        admin.setEnabled(user, id, Boolean.TRUE.equals(body.get("enabled")));
        return Map.of("ok", true);
    }

    @PostMapping("/users/{id}/password-reset")
    @Operation(summary = "重置密码", description = "三员分立：业务用户由系统管理员重置，管理员由安全管理员重置，不得重置自己的；"
            + "本人下次登录须修改密码并会看到重置提示")
    Map<String, Object> reset(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id) {
        return Map.of("oneTimePassword", admin.resetPassword(user, id).password());
    }

    /** A role to grant. */
    record RoleGrant(String role) {
    }

    @PostMapping("/users/{id}/roles")
    @Operation(summary = "授予角色（安全管理员）", description = "三员分立：管理员角色互斥且不得兼任业务角色")
    Map<String, Object> grant(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id,
            @RequestBody RoleGrant body) {
        admin.grantRole(user, id, Role.parse(body.role()));
        return Map.of("ok", true, "roles", admin.user(id).roles());
    }

    @DeleteMapping("/users/{id}/roles/{role}")
    @Operation(summary = "撤销角色（安全管理员）")
    Map<String, Object> revoke(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id,
            @PathVariable String role) {
        admin.revokeRole(user, id, Role.parse(role));
        return Map.of("ok", true, "roles", admin.user(id).roles());
    }

    @PostMapping("/users/{id}/unlock")
    @Operation(summary = "解锁账户（安全管理员）")
    Map<String, Object> unlock(@AuthenticationPrincipal ZhifaPrincipal user, @PathVariable long id) {
        admin.unlock(user, id);
        return Map.of("ok", true);
    }
}
