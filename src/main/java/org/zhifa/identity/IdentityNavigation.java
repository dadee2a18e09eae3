package org.zhifa.identity;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Identity pages in the main navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavItem unitsNav() {
        return new NavItem("系统管理", "单位管理", "/admin/units", 10, Set.of(Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    NavItem usersNav() {
        return new NavItem("系统管理", "用户管理", "/admin/users", 20,
                Set.of(Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name()));
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem("系统管理", "角色、锁定与安全策略", "/admin/roles", 25, Set.of(Role.SECURITY_ADMIN.name()));
    }

    @Bean
    NavItem totpNav() {
        return new NavItem("我的账户", "双因素认证", "/account/totp", 90, Set.of());
    }

    @Bean
    NavItem passwordNav() {
        return new NavItem("我的账户", "修改密码", "/account/password", 91, Set.of());
    }
}
