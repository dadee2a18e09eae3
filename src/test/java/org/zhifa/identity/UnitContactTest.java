package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The unit's address and contact (printed on its 违法行为通知书 and 听证通知书): entered by the system administrator on
 * 单位管理, checked field by field with Chinese messages, every change audited with its values before and after.
 */
@ZhifaIntegrationTest
class UnitContactTest {

    @LocalServerPort
    int port;
    @Autowired
    UnitAdministration administration;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    private final ZhifaPrincipal admin = UnitAdministrationTest.actor(1, "admin", 1, Role.SYSTEM_ADMIN);

    private long newUnit(String code) {
        return administration.createUnit(admin, 11L, code, "联系信息测试中队" + code + "（测试）", "测" + code,
                OrgUnitKind.BRIGADE, false);
    }

    @Test
    void a_new_unit_has_no_contact_until_the_administrator_enters_it_and_each_change_is_audited_before_and_after() {
        long id = newUnit("UC-1");
        assertThat(units.require(id).contact().missing()).containsOnlyKeys("address", "postalCode", "contactPerson",
                "phone").containsValues("地址", "邮政编码", "联系人", "联系电话");

        administration.updateContact(admin, id, new OrgUnitContact(" 示例路9号（测试地址） ", "817000", "陈联络（测试）",
                "0977-0000009"));
        OrgUnitContact saved = units.require(id).contact();
        assertThat(saved).isEqualTo(new OrgUnitContact("示例路9号（测试地址）", "817000", "陈联络（测试）", "0977-0000009"));
        assertThat(saved.missing()).isEmpty();

        administration.updateContact(admin, id, new OrgUnitContact("示例路9号（测试地址）", "817000", "林联络（测试）", ""));
        assertThat(units.require(id).contact().phone()).isNull();
        assertThat(audit(id)).containsExactly(
                "修改单位 联系信息测试中队UC-1（测试） 的联系信息：地址：（未填写） → 示例路9号（测试地址）；邮政编码：（未填写） → 817000；"
                        + "联系人：（未填写） → 陈联络（测试）；联系电话：（未填写） → 0977-0000009",
                "修改单位 联系信息测试中队UC-1（测试） 的联系信息：联系人：陈联络（测试） → 林联络（测试）；"
                        + "联系电话：0977-0000009 → （未填写）");

        // the same values again change nothing and record nothing
        administration.updateContact(admin, id, units.require(id).contact());
        assertThat(audit(id)).hasSize(2);
    }

    private java.util.List<String> audit(long unitId) {
        return jdbc.sql("""
                select detail from audit_record where action = 'UNIT_CONTACT_UPDATED' and object_type = 'ORG_UNIT'
                and object_id = ? and result = 'SUCCESS' order by id""").param(Long.toString(unitId))
                .query(String.class).list();
    }

    @Test
    void a_postcode_other_than_six_digits_and_a_telephone_with_other_than_digits_and_hyphens_are_refused_naming_the_field() {
        long id = newUnit("UC-2");
        assertThatThrownBy(() -> administration.updateContact(admin, id,
                new OrgUnitContact("示例路2号（测试地址）", "81700", "陈联络（测试）", "0977 000000")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnly(
                        Map.entry("phone", "联系电话：只能由数字和连字符组成（如 0977-1234567）"),
                        Map.entry("postalCode", "邮政编码：应为 6 位数字")));
        assertThat(units.require(id).contact().missing()).hasSize(4);
    }

    @Test
    void only_the_system_administrator_enters_a_unit_contact_per_three_way_separation() {
        long id = newUnit("UC-3");
        var secadmin = UnitAdministrationTest.actor(2, "secadmin", 1, Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> administration.updateContact(secadmin, id,
                new OrgUnitContact("示例路3号（测试地址）", "817000", "陈联络（测试）", "0977-0000003")))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("三员分立");
        assertThat(units.require(id).contact().missing()).hasSize(4);
        assertThat(WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/admin/units/" + id + "/contact")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void the_unit_page_shows_the_form_again_with_a_400_and_the_chinese_message_of_each_bad_field() {
        long id = newUnit("UC-4");
        WebSession session = WebSession.login(port, "admin", TestApi.DEMO_PASSWORD);
        var bad = session.submit("/admin/units/" + id + "/contact", Map.of("address", "示例路4号（测试地址）",
                "postalCode", "8170001", "contactPerson", "陈联络（测试）", "phone", "0977-000000a"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("邮政编码：应为 6 位数字", "联系电话：只能由数字和连字符组成", "示例路4号（测试地址）");
        assertThat(units.require(id).contact().missing()).hasSize(4);

        var good = session.submit("/admin/units/" + id + "/contact", Map.of("address", "示例路4号（测试地址）",
                "postalCode", "817000", "contactPerson", "陈联络（测试）", "phone", "0977-0000004"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(units.require(id).contact().missing()).isEmpty();
        assertThat(session.get("/admin/units").body()).contains("示例路4号（测试地址）（817000）", "陈联络（测试） 0977-0000004");
    }

    @Test
    void the_demo_units_carry_a_fictitious_contact_so_that_their_notices_can_be_issued() {
        OrgUnitContact brigade = units.require(11).contact();
        assertThat(brigade.missing()).isEmpty();
        assertThat(brigade.address()).contains("示例路", "演示");
        assertThat(brigade.contactPerson()).contains("演示");
    }
}
