package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.testsupport.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class UnitAdministrationTest {

    @Autowired
    UnitAdministration units;

    @Autowired
    OrgUnits tree;

    @Autowired
    DataScope scope;

    static ZhifaPrincipal actor(long id, String name, long unit, Role role) {
        return new ZhifaPrincipal(id, name, name, unit, "", Set.of(role), false, false, 0);
    }

    @Test
    void system_admin_adds_a_unit_that_joins_the_parent_scope() {
        var admin = actor(1, "admin", 1, Role.SYSTEM_ADMIN);
        long id = units.createUnit(admin, 11L, "DLH-ZF-1", "德令哈市交通运输综合行政执法大队第一中队（测试）", "德交执一",
                OrgUnitKind.BRIGADE, false);
        assertThat(tree.require(id).parentId()).isEqualTo(11L);
        var head = actor(999, "head1", 10, Role.UNIT_HEAD);
        assertThat(scope.visibleUnitIds(head)).contains(id);
    }

    @Test
    void security_admin_cannot_manage_units_per_three_way_separation() {
        var secadmin = actor(2, "secadmin", 1, Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> units.createUnit(secadmin, 1L, "X-1", "某单位", "某", OrgUnitKind.BRIGADE, false))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("三员分立");
    }

    @Test
    void duplicate_names_and_cycles_are_refused_with_field_messages() {
        var admin = actor(1, "admin", 1, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> units.createUnit(admin, 1L, "DUP-1", "德令哈市交通运输局", "德", OrgUnitKind.COUNTY_BUREAU, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> units.updateUnit(admin, 10L, 11L, "德令哈市交通运输局", "德交", true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("parentId"));
    }
}
