package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan of printed facts finds each kind of fact nobody gave, and passes what was given. */
class PrintedFactsTest {

    private final PrintedFacts given = new PrintedFacts()
            .entered(List.of("2026-10-13", "14:05", "2026-10-15T16:20", "德令哈执法大队第二询问室", "浏览器测试当事人",
                    "当事人于2026年10月10日起堆放砂石"))
            .master(List.of("李执法", "德令哈市交通运输综合行政执法大队"));

    @Test
    void what_was_entered_or_configured_passes() {
        String text = """
                询问笔录
                时间  2026年10月13日14时05分
                地点  德令哈执法大队第二询问室
                执法人员  李执法（执法证号演示110004）
                受送达人：浏览器测试当事人
                送达人签名：＿＿＿＿＿＿
                执法人员当场查明当事人的下列违法事实
                当事人于2026年10月10日起堆放砂石，2026年10月15日16时20分送达。
                """;
        assertThat(given.strays(text)).isEmpty();
    }

    @Test
    void a_date_a_time_a_place_or_a_person_nobody_gave_is_reported() {
        String text = """
                时间  2026年10月13日9时40分
                地点
                本机关听证室
                记录人：张三
                决定日期：2026年10月14日
                """;
        assertThat(given.strays(text)).containsExactly("日期 2026年10月14日", "时间 9时40分", "地点 地点：本机关听证室",
                "人员 记录人：张三");
    }

    @Test
    void the_unit_contact_block_passes_as_master_data_and_another_address_or_contact_is_reported() {
        PrintedFacts units = new PrintedFacts().master(List.of("示例路11号（演示地址）", "陈联络（演示）"));
        assertThat(units.strays("""
                联系地址：示例路11号（演示地址）　　邮编：817000
                联系人：陈联络（演示）　　联系电话：0977-0000011
                """)).isEmpty();
        assertThat(units.strays("""
                联系地址：某某路1号　　邮编：817000
                联系人：张三　　联系电话：0977-0000011
                """)).containsExactly("地点 联系地址：某某路1号　　邮编：817000",
                "人员 联系人：张三　　联系电话：0977-0000011");
    }

    @Test
    void a_date_added_as_computed_passes() {
        assertThat(given.date(LocalDate.of(2026, 10, 14)).strays("陈述申辩期限至2026年10月14日")).isEmpty();
    }
}
