package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhifa.calendar.internal.NoticeParser;

/** The State Council notice pasted as published becomes the year's schedule (legal-rules §1, 2026). */
class NoticeParserTest {

    /** 国务院办公厅关于2026年部分节假日安排的通知 (the items, in the notice's usual wording). */
    static final String NOTICE_2026 = """
            国务院办公厅关于2026年部分节假日安排的通知
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
            """;

    @Test
    void the_2026_notice_gives_the_days_off_and_adjusted_working_days_of_legal_rules_section_1() {
        var r = NoticeParser.parse(2026, NOTICE_2026);
        assertThat(r.errors()).isEmpty();
        assertThat(r.daysOffLines()).containsExactly("2026-01-01~2026-01-03 元旦", "2026-02-15~2026-02-23 春节",
                "2026-04-04~2026-04-06 清明节", "2026-05-01~2026-05-05 劳动节", "2026-06-19~2026-06-21 端午节",
                "2026-09-25~2026-09-27 中秋节", "2026-10-01~2026-10-07 国庆节");
        assertThat(r.adjustedLines()).containsExactly("2026-01-04 元旦调休上班", "2026-02-14 春节调休上班",
                "2026-02-28 春节调休上班", "2026-05-09 劳动节调休上班", "2026-09-20 国庆节调休上班",
                "2026-10-10 国庆节调休上班");
        assertThat(r.holidays().get(1).workdays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_notice_pasted_under_the_wrong_year_is_refused_by_its_weekdays() {
        var r = NoticeParser.parse(2027, NOTICE_2026);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("与通知所写“周四”不符"));
    }

    @Test
    void text_without_holiday_items_is_refused() {
        var r = NoticeParser.parse(2026, "这不是通知");
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).containsExactly("未识别到任何节假日：请粘贴通知中“一、元旦：……”这样的各条");
    }
}
