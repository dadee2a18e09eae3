package org.zhifa.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.common.PolicyDecision;

/**
 * 三员分立: no account holds two administrator roles, and no administrator holds a business role; and no administrator
 * can take over another's powers by resetting that administrator's password (GB/T 22239-2019 三级 安全管理中心;
 * legal-rules §11).
 */
public final class AdminSeparationPolicy {

    public static final String ARTICLE = "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）三级 安全管理中心（三员分立）";

    private AdminSeparationPolicy() {
    }

    public static PolicyDecision check(Set<Role> roles) {
        Set<Role> admins = roles.stream().filter(Role::isAdmin).collect(Collectors.toSet());
        if (admins.size() > 1) {
            return PolicyDecision.rejected(ARTICLE, "同一账户不得同时担任两种管理员角色（"
                    + admins.stream().map(Role::label).sorted().collect(Collectors.joining("、")) + "）");
        }
        if (!admins.isEmpty() && roles.size() > 1) {
            return PolicyDecision.rejected(ARTICLE, "管理员账户不得兼任业务角色："
                    + admins.iterator().next().label() + "不得同时担任"
                    + roles.stream().filter(r -> !r.isAdmin()).map(Role::label).sorted()
                            .collect(Collectors.joining("、")));
        }
        return PolicyDecision.allowed();
    }

    /**
     * Who may reset whose password. An administrator's password (系统、安全、审计管理员) is reset only by a security
     * administrator, the one who also grants the administrator roles: the system administrator resetting the auditor's
     * password would take over the audit. A user's password without an administrator role is reset by the system
     * administrator, who manages users. Nobody resets their own password: they change it, knowing the current one.
     *
     * @param actorRoles  the roles of whoever resets
     * @param self        whether the target is the actor's own account
     * @param targetRoles the roles of the account whose password is reset
     */
    public static PolicyDecision passwordReset(Set<Role> actorRoles, boolean self, Set<Role> targetRoles) {
        if (self) {
            return PolicyDecision.rejected(ARTICLE, "三员分立：管理员不得重置自己的密码，请在“修改密码”中凭当前密码修改");
        }
        return byTargetKind(actorRoles, targetRoles, "重置", "的密码");
    }

    /**
     * Who may disable or enable whose account: the same division as {@link #passwordReset} (the system administrator
     * disabling the auditor would blind the audit), and nobody their own.
     */
    public static PolicyDecision accountStatusChange(Set<Role> actorRoles, boolean self, Set<Role> targetRoles) {
        if (self) {
            return PolicyDecision.rejected(ARTICLE, "三员分立：管理员不得停用或启用自己的账户");
        }
        return byTargetKind(actorRoles, targetRoles, "停用或启用", "的账户");
    }

    /** Administrators' accounts are the security administrator's to act on, users' accounts the system administrator's. */
    private static PolicyDecision byTargetKind(Set<Role> actorRoles, Set<Role> targetRoles, String verb, String object) {
        if (targetRoles.stream().anyMatch(Role::isAdmin)) {
            if (actorRoles.contains(Role.SECURITY_ADMIN)) {
                return PolicyDecision.allowed();
            }
            return PolicyDecision.rejected(ARTICLE, actorRoles.contains(Role.SYSTEM_ADMIN)
                    ? "三员分立：系统管理员不得" + verb + "管理员（系统管理员、安全管理员、审计管理员）" + object + "，管理员"
                            + object + "由安全管理员" + verb
                    : "三员分立：管理员" + object + "只能由安全管理员" + verb);
        }
        if (actorRoles.contains(Role.SYSTEM_ADMIN)) {
            return PolicyDecision.allowed();
        }
        return PolicyDecision.rejected(ARTICLE, actorRoles.contains(Role.SECURITY_ADMIN)
                ? "三员分立：安全管理员只" + verb + "管理员" + object + "，业务用户" + object + "由系统管理员" + verb
                : "三员分立：只有系统管理员可以" + verb + "用户" + object);
    }
}
