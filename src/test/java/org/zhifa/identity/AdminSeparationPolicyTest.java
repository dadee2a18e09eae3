package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AdminSeparationPolicyTest {

    @Test
    void two_admin_roles_are_refused_per_three_way_separation() {
        var d = AdminSeparationPolicy.check(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().article()).contains("三员分立");
    }

    @Test
    void admin_with_a_business_role_is_refused_per_three_way_separation() {
        assertThat(AdminSeparationPolicy.check(EnumSet.of(Role.SECURITY_ADMIN, Role.OFFICER)).isAllowed()).isFalse();
    }

    @Test
    void business_roles_combine_freely() {
        assertThat(AdminSeparationPolicy.check(EnumSet.of(Role.OFFICER, Role.LEGAL_REVIEWER)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.check(EnumSet.of(Role.AUDIT_ADMIN)).isAllowed()).isTrue();
    }

    @Test
    void system_admin_cannot_reset_an_administrators_password_per_three_way_separation() {
        for (Role target : Role.admins()) {
            var d = AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SYSTEM_ADMIN), false, EnumSet.of(target));
            assertThat(d.isAllowed()).as(target.name()).isFalse();
            assertThat(d.firstRejection().orElseThrow().article()).contains("三员分立");
            assertThat(d.firstRejection().orElseThrow().message()).contains("管理员的密码由安全管理员重置");
        }
    }

    @Test
    void only_the_security_admin_resets_administrators_passwords_never_their_own() {
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SECURITY_ADMIN), false,
                EnumSet.of(Role.SYSTEM_ADMIN)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SECURITY_ADMIN), false,
                EnumSet.of(Role.AUDIT_ADMIN)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SECURITY_ADMIN), false,
                EnumSet.of(Role.SECURITY_ADMIN)).isAllowed()).isTrue();
        var own = AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SECURITY_ADMIN), true, EnumSet.of(Role.SECURITY_ADMIN));
        assertThat(own.isAllowed()).isFalse();
        assertThat(own.firstRejection().orElseThrow().message()).contains("不得重置自己的密码");
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.AUDIT_ADMIN), false,
                EnumSet.of(Role.SYSTEM_ADMIN)).isAllowed()).isFalse();
    }

    @Test
    void business_users_passwords_are_reset_by_the_system_admin_only() {
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SYSTEM_ADMIN), false,
                EnumSet.of(Role.OFFICER)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SYSTEM_ADMIN), false,
                EnumSet.noneOf(Role.class)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SYSTEM_ADMIN), true,
                EnumSet.of(Role.SYSTEM_ADMIN)).isAllowed()).isFalse();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.SECURITY_ADMIN), false,
                EnumSet.of(Role.OFFICER)).isAllowed()).isFalse();
        assertThat(AdminSeparationPolicy.passwordReset(EnumSet.of(Role.UNIT_HEAD), false,
                EnumSet.of(Role.OFFICER)).isAllowed()).isFalse();
    }

    @Test
    void system_admin_cannot_disable_or_enable_an_administrator_per_three_way_separation() {
        var d = AdminSeparationPolicy.accountStatusChange(EnumSet.of(Role.SYSTEM_ADMIN), false, EnumSet.of(Role.AUDIT_ADMIN));
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.firstRejection().orElseThrow().message()).contains("系统管理员不得停用或启用管理员");
        assertThat(AdminSeparationPolicy.accountStatusChange(EnumSet.of(Role.SECURITY_ADMIN), false,
                EnumSet.of(Role.AUDIT_ADMIN)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.accountStatusChange(EnumSet.of(Role.SYSTEM_ADMIN), false,
                EnumSet.of(Role.OFFICER)).isAllowed()).isTrue();
        assertThat(AdminSeparationPolicy.accountStatusChange(EnumSet.of(Role.SECURITY_ADMIN), true,
                EnumSet.of(Role.SECURITY_ADMIN)).isAllowed()).isFalse();
    }
}
