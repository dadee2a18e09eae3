package org.zhifa.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.publicity.PublicationMasking.KnownPersonalData;

/** legal-rules §6: personal data is masked before publication; organisations are published in full. */
class PublicationMaskingTest {

    @Test
    @DisplayName("两字姓名：张三 → 张某")
    void two_character_names_keep_the_surname() {
        assertThat(PublicationMasking.personName("张三")).isEqualTo("张某");
    }

    @Test
    @DisplayName("三字姓名：张三丰 → 张某某")
    void three_character_names_keep_the_surname() {
        assertThat(PublicationMasking.personName("张三丰")).isEqualTo("张某某");
        assertThat(PublicationMasking.personName(" 李 小龙 ")).isEqualTo("李某某");
    }

    @Test
    @DisplayName("四字姓名：复姓保留复姓（欧阳娜娜 → 欧阳某某），其他保留首字（才让多杰 → 才某某某）")
    void four_character_names_keep_a_compound_surname_whole() {
        assertThat(PublicationMasking.personName("欧阳娜娜")).isEqualTo("欧阳某某");
        assertThat(PublicationMasking.personName("司马相如")).isEqualTo("司马某某");
        assertThat(PublicationMasking.personName("才让多杰")).isEqualTo("才某某某");
        assertThat(PublicationMasking.personName("欧阳锋")).isEqualTo("欧阳某");
        // two characters are never a surname alone
        assertThat(PublicationMasking.personName("欧阳")).isEqualTo("欧某");
    }

    @Test
    @DisplayName("少数民族姓名含间隔号：阿卜杜·热合曼 → 阿某某·某某某")
    void minority_names_with_a_separator_keep_only_the_first_character() {
        assertThat(PublicationMasking.personName("阿卜杜·热合曼")).isEqualTo("阿某某·某某某");
        assertThat(PublicationMasking.personName("买买提•艾力")).isEqualTo("买某某·某某");
        assertThat(PublicationMasking.personName("阿依古丽·买买提·吐尔逊")).isEqualTo("阿某某某·某某某·某某某");
    }

    @Test
    @DisplayName("居民身份证号只保留首尾各一位")
    void id_numbers_keep_the_first_and_last_character() {
        assertThat(PublicationMasking.idNumber("63280119900101101X")).isEqualTo("6****************X");
        assertThat(PublicationMasking.idNumber("632801199001011234")).hasSize(18).startsWith("6").endsWith("4")
                .doesNotContain("19900101");
    }

    @Test
    @DisplayName("手机号 138****1234，固定电话保留区号和后四位")
    void phones_keep_prefix_and_last_four_digits() {
        assertThat(PublicationMasking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(PublicationMasking.phone("0977-8221234")).isEqualTo("0977-***1234");
        assertThat(PublicationMasking.phone("09778221234")).isEqualTo("0977-***1234");
    }

    @Test
    @DisplayName("车牌：青H·1234X → 青H·***4X，新能源号牌同样只保留后两位")
    void plates_keep_province_letter_and_last_two() {
        assertThat(PublicationMasking.plate("青H·1234X")).isEqualTo("青H·***4X");
        assertThat(PublicationMasking.plate("青H1234X")).isEqualTo("青H·***4X");
        assertThat(PublicationMasking.plate("青hd12345")).isEqualTo("青H·****45");
        assertThat(PublicationMasking.plate("青H1234挂")).isEqualTo("青H·***4挂");
    }

    @Test
    @DisplayName("地址保留到县（市、区）一级")
    void addresses_are_kept_to_county_level() {
        assertThat(PublicationMasking.address("青海省海西蒙古族藏族自治州德令哈市长江路12号3单元"))
                .isEqualTo("青海省海西蒙古族藏族自治州德令哈市***");
        assertThat(PublicationMasking.address("青海省格尔木市昆仑南路8号")).isEqualTo("青海省格尔木市***");
        assertThat(PublicationMasking.address("海西州大柴旦行委柴旦镇团结路1号")).isEqualTo("海西州大柴旦行委***");
        assertThat(PublicationMasking.address("北京市朝阳区建国路1号")).isEqualTo("北京市朝阳区***");
        assertThat(PublicationMasking.address("长江路12号")).isEqualTo("***");
    }

    @Test
    @DisplayName("法人或其他组织名称全文公开")
    void organisation_names_are_published_in_full() {
        assertThat(PublicationMasking.party(false, "青海某某物流有限公司")).isEqualTo("青海某某物流有限公司");
        assertThat(PublicationMasking.party(true, "王小明")).isEqualTo("王某某");
    }

    @Test
    @DisplayName("事实文字中当事人的个人信息和可识别的号码均被遮蔽")
    void free_text_is_masked_by_known_data_and_patterns() {
        var known = new KnownPersonalData(true, "王小明", "63280119900101101X", "青海省格尔木市昆仑南路8号",
                "13812341234", "青H12345");
        String facts = "当事人王小明（身份证号63280119900101101X，住青海省格尔木市昆仑南路8号，电话13812341234）"
                + "驾驶青H12345号货车超限运输；同车押运人电话13900001111，车辆挂车甘A·5678挂。";
        String masked = PublicationMasking.text(facts, known);
        assertThat(masked).contains("王某某", "6****************X", "青海省格尔木市***", "138****1234", "青H·***45",
                "139****1111", "甘A·***8挂")
                .doesNotContain("王小明", "19900101", "昆仑南路", "12341234", "12345号");
    }

    @Test
    @DisplayName("不符合校验位的18位数字不当作身份证号")
    void only_valid_resident_ids_are_masked_by_pattern() {
        assertThat(PublicationMasking.isResidentId("63280119900101101X")).isTrue();
        assertThat(PublicationMasking.isResidentId("632801199001011011")).isFalse();
    }
}
