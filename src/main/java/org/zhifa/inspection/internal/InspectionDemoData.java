package org.zhifa.inspection.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.common.CreditCode;
import org.zhifa.personnel.EnforcementCategory;

/**
 * Demo directories ({@code zhifa.demo-data=true}): fictitious operators and vehicles of 德令哈 and 格尔木 (credit codes
 * with the non-existent area code 632890, names ending in “（演示）”), two published spot-check items of the catalogue's
 * inspection matters, the demo officers in the inspector directory, and segments of G315 with shared jurisdiction.
 * Runs once, after personnel's demo roster: nothing happens when any object exists.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class InspectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

    private final JdbcClient jdbc;

    InspectionDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fictitious credit code: 91 + area 632890 + MA + a number, with a valid check character. */
    static String creditCode(String prefix, int n) {
        String first17 = prefix + "632890MA" + String.format("%07d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private record Demo(long unit, String kind, String name, String code, String plate, boolean natural,
            String address, String creditClass) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from insp_target").query(Long.class).single() > 0) {
            return;
        }
        List<Demo> targets = List.of(
                new Demo(11, "FREIGHT_OPERATOR", "德令哈示例物流有限公司（演示）", creditCode("91", 1), null, false, "青海省海西州德令哈市示例路1号", "A"),
                new Demo(11, "FREIGHT_OPERATOR", "柴达木示例运输有限公司（演示）", creditCode("91", 2), null, false, "青海省海西州德令哈市示例路2号", "B"),
                new Demo(11, "FREIGHT_OPERATOR", "德令哈示例货运部（演示）", creditCode("92", 3), null, true, "青海省海西州德令哈市示例路3号", "C"),
                new Demo(11, "FREIGHT_OPERATOR", "海西示例汽车运输有限公司（演示）", creditCode("91", 4), null, false, "青海省海西州德令哈市示例路4号", "D"),
                new Demo(11, "PASSENGER_OPERATOR", "德令哈示例客运有限公司（演示）", creditCode("91", 5), null, false, "青海省海西州德令哈市示例路5号", "B"),
                new Demo(11, "REPAIR", "德令哈示例汽车修理厂（演示）", creditCode("92", 6), null, true, "青海省海西州德令哈市示例路6号", "C"),
                new Demo(11, "VEHICLE", "青H0D001 重型半挂牵引车（演示）", null, "青H0D001", true, null, "C"),
                new Demo(11, "VEHICLE", "青H0D002 重型厢式货车（演示）", null, "青H0D002", false, null, "D"),
                new Demo(21, "FREIGHT_OPERATOR", "格尔木示例物流有限公司（演示）", creditCode("91", 11), null, false, "青海省海西州格尔木市示例路1号", "B"),
                new Demo(21, "FREIGHT_OPERATOR", "格尔木示例运输队（演示）", creditCode("92", 12), null, true, "青海省海西州格尔木市示例路2号", "D"),
                new Demo(21, "DANGEROUS_GOODS_OPERATOR", "格尔木示例危货运输有限公司（演示）", creditCode("91", 13), null, false, "青海省海西州格尔木市示例路3号", "C"));
        for (Demo d : targets) {
            long id = jdbc.sql("""
                    insert into insp_target (unit_id, kind, name, credit_code, plate_number, natural_person, address, credit_class)
                    values (:u, :k, :n, :c, :p, :nat, :a, :cls) returning id""")
                    .param("u", d.unit()).param("k", d.kind()).param("n", d.name()).param("c", d.code())
                    .param("p", d.plate()).param("nat", d.natural()).param("a", d.address()).param("cls", d.creditClass())
                    .query(Long.class).single();
            jdbc.sql("insert into insp_target_change (target_id, action, note, changed_by) values (:t, 'CREATED', '演示数据', 'system')")
                    .param("t", id).update();
        }
        long freight = item("HX-JC-01", "道路货物运输经营者经营行为检查（演示）", "M-JC-01", "FREIGHT_OPERATOR", "现场检查、查阅资料",
                "《中华人民共和国道路运输条例》第五十八条至第六十条；《道路货物运输及站场管理规定》", true, List.of(
                        new String[] {"是否取得道路运输经营许可证并在有效期内", "《中华人民共和国道路运输条例》第二十四条"},
                        new String[] {"营运车辆是否随车携带有效的道路运输证", "《中华人民共和国道路运输条例》第三十四条"},
                        new String[] {"驾驶人员是否取得相应从业资格", "《中华人民共和国道路运输条例》第二十二条"},
                        new String[] {"是否建立并落实车辆技术档案和安全生产管理制度", "《中华人民共和国道路运输条例》第三十条"}));
        item("HX-JC-02", "营运车辆技术状况与超限超载检查（演示）", "M-JC-02", "VEHICLE", "现场检查",
                "《中华人民共和国公路法》第六十九条至第七十一条；《公路安全保护条例》", false, List.of(
                        new String[] {"车辆外廓尺寸、轴荷和总质量是否符合限定标准", "《公路安全保护条例》第三十三条"},
                        new String[] {"车辆是否按规定进行定期检验", "《中华人民共和国道路运输条例》第三十条"}));
        log.info("已创建抽查演示数据：检查对象 {} 个，抽查事项 2 项（其一编号 {}）", targets.size(), freight);
        // the demo roster's officers of 德令哈 and 格尔木, and the auxiliary aux1 attached (never counted)
        jdbc.sql("""
                insert into insp_inspector (officer_id, unit_id, name, auxiliary, categories, note, created_by)
                select o.id, o.unit_id, o.name, o.kind = 'AUXILIARY', case when o.kind = 'AUXILIARY' then '' else :c end,
                       '演示数据', 'system'
                from officer o where o.unit_id in (11, 21) and o.status = 'ACTIVE'""")
                .param("c", EnforcementCategory.ROAD_TRANSPORT.name() + "," + EnforcementCategory.HIGHWAY_ADMINISTRATION.name())
                .update();
        segment("G315", "西宁—莎车公路", 2_300_000, 2_400_000, 11, "演示数据");
        segment("G315", "西宁—莎车公路", 2_400_000, 2_500_000, 21, "演示数据");
        segment("G315", "西宁—莎车公路", 2_395_000, 2_405_000, 11, "演示数据：与格尔木共同管辖的交界路段");
    }

    private long item(String code, String name, String matter, String kind, String method, String basis, boolean key,
            List<String[]> lines) {
        long id = jdbc.sql("""
                insert into insp_item (unit_id, code, name, matter_code, target_kind, method, basis, category, key_item,
                                       status, published_at, created_by)
                values (1, :code, :name, :matter, :kind, :method, :basis, 'ROAD_TRANSPORT', :key, 'PUBLISHED', now(), 'system')
                returning id""")
                .param("code", code).param("name", name).param("matter", matter).param("kind", kind)
                .param("method", method).param("basis", basis).param("key", key).query(Long.class).single();
        int p = 1;
        for (String[] l : lines) {
            jdbc.sql("insert into insp_checklist_item (item_id, position, text, article) values (:i, :p, :t, :a)")
                    .param("i", id).param("p", p++).param("t", l[0]).param("a", l[1]).update();
        }
        return id;
    }

    private void segment(String road, String name, int start, int end, long unit, String note) {
        jdbc.sql("""
                insert into insp_road_segment (road_code, road_name, start_m, end_m, unit_id, note, created_by)
                values (:r, :n, :s, :e, :u, :note, 'system')""")
                .param("r", road).param("n", name).param("s", start).param("e", end).param("u", unit).param("note", note)
                .update();
    }
}
