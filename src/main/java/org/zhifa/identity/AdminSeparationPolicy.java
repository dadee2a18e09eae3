package org.zhifa.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.common.PolicyDecision;

/**
 * 三员分立: no account holds two administrator roles, and no administrator holds a business role
 * (GB/T 22239-2019 三级 安全管理中心; legal-rules §11).
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
}
