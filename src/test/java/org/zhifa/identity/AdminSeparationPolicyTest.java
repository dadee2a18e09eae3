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
}
