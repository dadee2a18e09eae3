package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.inspection.internal.TargetImport;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** The directories through the API: objects with validated codes, history, scope, Excel; items; inspectors; roads. */
@ZhifaIntegrationTest
class InspectionDirectoryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TargetImport targetImport;

    InspectionFixtures f;

    @BeforeEach
    void setUp() {
        f = new InspectionFixtures(port, jdbc);
    }

    @Test
    void an_object_needs_a_valid_credit_code_or_for_a_vehicle_a_plate() {
        var bad = f.api("officer1").post("/api/inspection/targets", Map.of("kind", "FREIGHT_OPERATOR",
                "name", "测试公司（测试）", "creditCode", "91632890TE00000010", "creditClass", "B"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get("creditCode").asString()).contains("校验位");
        var vehicle = f.api("officer1").post("/api/inspection/targets", Map.of("kind", "VEHICLE",
                "name", "测试车辆（测试）", "plateNumber", "青H1", "creditClass", "B"));
        assertThat(vehicle.status()).isEqualTo(400);
        assertThat(vehicle.json().get("fields").get("plateNumber").asString()).contains("车牌号");
        assertThat(vehicle.json().get("fields").get("naturalPerson").asString()).contains("个人");
        var wrongClass = f.api("officer1").post("/api/inspection/targets", Map.of("kind", "FREIGHT_OPERATOR",
                "name", "测试公司（测试）", "creditCode", InspectionFixtures.creditCode("91"), "creditClass", "E"));
        assertThat(wrongClass.status()).isEqualTo(400);
        assertThat(wrongClass.json().get("fields").get("creditClass").asString()).contains("A、B、C、D");
    }

    @Test
    void an_individual_business_code_marks_the_holder_as_a_natural_person() {
        var r = f.api("officer1").post("/api/inspection/targets", Map.of("kind", "REPAIR", "name", "测试修理部（测试）",
                "creditCode", InspectionFixtures.creditCode("92"), "creditClass", "C", "naturalPerson", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("naturalPerson").asBoolean()).isTrue();
    }

    @Test
    void the_same_code_cannot_be_registered_twice_for_the_same_kind() {
        var t = f.target("officer1", 11, "FREIGHT_OPERATOR", "B");
        var again = f.api("officer1").post("/api/inspection/targets", Map.of("kind", "FREIGHT_OPERATOR",
                "name", "另一家（测试）", "creditCode", t.get("creditCode").asString(), "creditClass", "B"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("fields").get("creditCode").asString()).contains("已登记");
    }

    @Test
    void every_change_of_an_object_is_in_its_history() {
        var t = f.target("officer1", 11, "FREIGHT_OPERATOR", "B");
        long id = t.get("id").asLong();
        var upd = f.api("officer1").put("/api/inspection/targets/" + id, Map.of("unitId", 11, "kind", "FREIGHT_OPERATOR",
                "name", t.get("name").asString(), "creditCode", t.get("creditCode").asString(), "creditClass", "D",
                "version", t.get("version").asInt(), "note", "2026年度信用评价结果"));
        assertThat(upd.status()).as(upd.body()).isEqualTo(200);
        var stale = f.api("officer1").put("/api/inspection/targets/" + id, Map.of("unitId", 11, "kind", "FREIGHT_OPERATOR",
                "name", "改名（测试）", "creditCode", t.get("creditCode").asString(), "creditClass", "C",
                "version", t.get("version").asInt()));
        assertThat(stale.status()).isEqualTo(409);
        var off = f.api("officer1").post("/api/inspection/targets/" + id + "/deactivate", Map.of("reason", "已注销"));
        assertThat(off.json().get("active").asBoolean()).isFalse();
        var history = f.api("officer1").get("/api/inspection/targets/" + id + "/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("action").asString()).isEqualTo("DEACTIVATED");
        assertThat(history.get(1).get("changes").get("信用等级").toString()).isEqualTo("[\"B\",\"D\"]");
        assertThat(history.get(1).get("note").asString()).isEqualTo("2026年度信用评价结果");
        assertThat(history.get(2).get("action").asString()).isEqualTo("CREATED");
    }

    @Test
    void objects_of_another_county_are_not_visible() {
        var t = f.target("officer1", 11, "FREIGHT_OPERATOR", "C");
        assertThat(f.api("officer3").get("/api/inspection/targets/" + t.get("id").asLong()).status()).isEqualTo(404);
        assertThat(f.api("supervisor1").get("/api/inspection/targets/" + t.get("id").asLong()).status()).isEqualTo(200);
        var other = f.api("officer3").post("/api/inspection/targets", Map.of("unitId", 11, "kind", "FREIGHT_OPERATOR",
                "name", "越权登记（测试）", "creditCode", InspectionFixtures.creditCode("91"), "creditClass", "C"));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("fields").get("unitId").asString()).contains("数据范围");
        assertThat(f.api("auditor").get("/api/inspection/targets").status()).isEqualTo(403);
    }

    @Test
    void an_import_reports_every_row_error_and_saves_nothing_unless_valid_rows_only_is_chosen() throws Exception {
        String good = InspectionFixtures.creditCode("91");
        byte[] xlsx = InspectionFixtures.sheet(TargetImport.HEADER,
                new String[] {"德令哈市交通运输综合行政执法大队", "道路货物运输经营者", "导入测试一（测试）", good, "", "", "", "B"},
                new String[] {"不存在的单位", "道路货物运输经营者", "导入测试二（测试）", InspectionFixtures.creditCode("91"), "", "", "", "B"},
                new String[] {"", "营运车辆", "导入车辆（测试）", "", "青X", "也许", "", "Z"},
                new String[] {"", "道路货物运输经营者", "导入测试三（测试）", good, "", "", "", "A"});
        var actor = f.actor("officer1", 11, "OFFICER");
        var all = targetImport.run(new ByteArrayInputStream(xlsx), false, actor);
        assertThat(all.created()).isZero();
        assertThat(all.errors()).extracting(TargetImport.RowError::row).contains(3, 4, 5);
        assertThat(all.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("所属单位");
        });
        assertThat(all.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.message()).contains("重复");
        });
        assertThat(all.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("车辆所有人为个人");
        });
        assertThat(jdbc.sql("select count(*) from insp_target where credit_code = :c").param("c", good)
                .query(Long.class).single()).isZero();
        var valid = targetImport.run(new ByteArrayInputStream(xlsx), true, actor);
        assertThat(valid.created()).isEqualTo(1);
        // importing again updates the object and records it in the history
        byte[] again = InspectionFixtures.sheet(TargetImport.HEADER,
                new String[] {"", "道路货物运输经营者", "导入测试一（测试）", good, "", "", "德令哈市新址（测试）", "C"});
        var update = targetImport.run(new ByteArrayInputStream(again), false, actor);
        assertThat(update.updated()).isEqualTo(1);
        long id = jdbc.sql("select id from insp_target where credit_code = :c").param("c", good).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from insp_target_change where target_id = :id and action = 'UPDATED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_export_is_an_excel_sheet_of_the_visible_objects() {
        f.target("officer1", 11, "FREIGHT_OPERATOR", "A");
        var r = f.api("officer1").get("/api/inspection/targets/export.xlsx");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("spreadsheetml");
    }

    static Map<String, Object> item(String code) {
        return Map.of("code", code, "name", "测试抽查事项（测试）", "matterCode", "M-JC-01", "targetKind", "FREIGHT_OPERATOR",
                "method", "现场检查", "basis", "《中华人民共和国道路运输条例》第五十八条", "category", "ROAD_TRANSPORT",
                "checklist", List.of(Map.of("text", "是否取得经营许可", "article", "《中华人民共和国道路运输条例》第二十四条")));
    }

    @Test
    void a_checklist_item_must_quote_its_article_and_the_matter_must_be_an_inspection_matter() {
        var noArticle = f.api("head1").post("/api/inspection/items", Map.of("code", "T-NOART", "name", "无条款（测试）",
                "matterCode", "M-JC-01", "targetKind", "FREIGHT_OPERATOR", "method", "现场检查", "basis", "依据",
                "category", "ROAD_TRANSPORT", "checklist", List.of(Map.of("text", "检查内容", "article", ""))));
        assertThat(noArticle.status()).isEqualTo(400);
        var penaltyMatter = f.api("head1").post("/api/inspection/items", Map.of("code", "T-PEN", "name", "处罚事项（测试）",
                "matterCode", "M-CX-01", "targetKind", "FREIGHT_OPERATOR", "method", "现场检查", "basis", "依据",
                "category", "ROAD_TRANSPORT", "checklist", List.of(Map.of("text", "内容", "article", "第一条"))));
        assertThat(penaltyMatter.status()).isEqualTo(400);
        assertThat(penaltyMatter.json().get("fields").get("matterCode").asString()).contains("行政检查");
        assertThat(f.api("officer1").post("/api/inspection/items", item("T-OFF")).status()).isEqualTo(403);
    }

    @Test
    void a_published_item_is_public_and_never_changes() {
        var created = f.api("head1").post("/api/inspection/items", item("T-PUB-" + System.nanoTime() % 100000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(f.api("head1").post("/api/inspection/items/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        var edit = f.api("head1").put("/api/inspection/items/" + id, item(created.json().get("code").asString()));
        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.json().get("article").asString()).contains("国办发〔2015〕58号");
        var publicList = org.zhifa.testsupport.TestApi.anonymous(port).get("/api/public/inspection/items");
        assertThat(publicList.status()).isEqualTo(200);
        assertThat(publicList.body()).contains(created.json().get("code").asString());
    }

    @Test
    void auxiliary_staff_may_be_attached_to_the_directory_but_are_marked_as_not_counted() {
        var list = f.api("head1").get("/api/inspection/inspectors").json();
        assertThat(list.findValues("name").stream().map(n -> n.asString())).contains("赵协管", "李执法");
        for (var i : list) {
            if (i.get("name").asString().equals("赵协管")) {
                assertThat(i.get("auxiliary").asBoolean()).isTrue();
            }
        }
        var dup = f.api("head1").post("/api/inspection/inspectors", Map.of("officerId", f.officerId("officer1"),
                "categories", List.of("ROAD_TRANSPORT")));
        assertThat(dup.status()).isEqualTo(400);
    }

    @Test
    void a_relation_is_declared_by_the_officer_or_a_unit_head_only() {
        var t = f.target("officer1", 11, "FREIGHT_OPERATOR", "B");
        long target = t.get("id").asLong();
        var byOther = f.api("officer1").post("/api/inspection/relations", Map.of("officerId", f.officerId("officer2"),
                "targetId", target, "relation", "亲属（测试）", "declaredOn", LocalDate.now(ChinaTime.ZONE).minusDays(1).toString()));
        assertThat(byOther.status()).isEqualTo(403);
        var own = f.api("officer2").post("/api/inspection/relations", Map.of("officerId", f.officerId("officer2"),
                "targetId", target, "relation", "配偶在该企业任职（测试）", "declaredOn", LocalDate.now(ChinaTime.ZONE).minusDays(1).toString()));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(f.api("head1").get("/api/inspection/targets/" + target + "/relations").json()).hasSize(1);
    }

    @Test
    void a_relation_without_the_officer_is_a_400_naming_the_field_in_chinese() {
        long target = f.target("officer1", 11, "FREIGHT_OPERATOR", "B").get("id").asLong();
        var r = f.api("officer2").post("/api/inspection/relations", Map.of("targetId", target, "relation", "亲属（测试）"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("fields").get("officerId").asString()).isEqualTo("执法人员：必须填写");
        assertThat(r.json().has("article")).isFalse();
    }

    @Test
    void several_units_may_share_a_road_and_a_stake_in_the_shared_segment_lands_with_each_of_them() {
        var r = f.api("officer1").get("/api/inspection/jurisdiction?road=G315&stake=K2400%2B100").json();
        assertThat(r.findValues("unitId").stream().map(n -> n.asLong()).distinct().toList()).containsExactlyInAnyOrder(11L, 21L);
        var one = f.api("officer1").get("/api/inspection/jurisdiction?road=g315&stake=2350%2B000").json();
        assertThat(one.findValues("unitId").stream().map(n -> n.asLong()).toList()).containsExactly(11L);
        var bad = f.api("officer1").post("/api/inspection/segments", Map.of("roadCode", "G315", "start", "K10+000", "end", "K5"));
        assertThat(bad.status()).isEqualTo(403);
        var wrong = f.api("head1").post("/api/inspection/segments", Map.of("roadCode", "G315", "start", "K10+000", "end", "K5"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("fields").get("end").asString()).contains("大于起点");
    }
}
