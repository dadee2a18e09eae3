package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.common.NavItem;
import org.zhifa.identity.Role;
import org.zhifa.identity.ZhifaPrincipal;

class NavigationAdviceTest {

    private final NavigationAdvice advice = new NavigationAdvice(List.of(
            new NavItem("我的账户", "修改密码", "/account/password", 1, Set.of()),
            new NavItem("系统管理", "用户管理", "/admin/users", 5, Set.of("SYSTEM_ADMIN")),
            new NavItem("案件办理", "案件列表", "/cases", 300, Set.of("OFFICER")),
            new NavItem("执法事项", "违法行为", "/catalog", 10, Set.of("OFFICER"))));

    private static ZhifaPrincipal user(Role role) {
        return new ZhifaPrincipal(1, "u", "u", 11, "", Set.of(role), false, false, 0);
    }

    @Test
    void groups_follow_the_menu_order_with_the_account_last() {
        assertThat(advice.groupsFor(user(Role.OFFICER)).keySet()).containsExactly("案件办理", "执法事项", "我的账户");
    }

    @Test
    void nobody_sees_a_link_their_roles_cannot_open() {
        assertThat(advice.groupsFor(user(Role.SYSTEM_ADMIN)).keySet()).containsExactly("系统管理", "我的账户");
    }
}
