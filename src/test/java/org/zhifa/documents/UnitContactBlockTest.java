package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.internal.DocumentValidation;
import org.zhifa.documents.internal.FieldValues;

/**
 * The notices whose national form ends with the issuing unit's address, postcode, contact person and telephone
 * (交通运输行政执法文书式样之十一 违法行为通知书, 之十二 听证通知书) print that block from the fields given at issue, after
 * the rights and before the seal; without it they are not issued, and the refusal says who fills it in.
 */
class UnitContactBlockTest {

    private static Map<String, Object> notice(DocumentType type) {
        Map<String, Object> f = new LinkedHashMap<>(SampleDocuments.complete(type));
        f.put(DocumentFields.UNIT_ADDRESS, "示例路1号（测试地址）");
        f.put(DocumentFields.UNIT_POSTAL_CODE, "817000");
        f.put(DocumentFields.UNIT_CONTACT_PERSON, "陈联络（测试）");
        f.put(DocumentFields.UNIT_PHONE, "0977-0000001");
        return f;
    }

    @Test
    @DisplayName("违法行为通知书和听证通知书的式样以执法单位的地址、邮编、联系人、联系电话结尾，其他文书没有")
    void the_violation_notice_and_the_hearing_notice_are_the_types_that_end_with_the_unit_contact_block() {
        assertThat(Arrays.stream(DocumentType.values()).filter(DocumentType::printsUnitContact))
                .containsExactlyInAnyOrder(DocumentType.VIOLATION_NOTICE, DocumentType.HEARING_NOTICE);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"VIOLATION_NOTICE", "HEARING_NOTICE"})
    @DisplayName("通知书在告知权利之后、落款之前印出执法单位的地址、邮编、联系人和联系电话")
    void the_notice_prints_the_unit_contact_block_after_the_rights_and_before_the_seal(DocumentType type) {
        List<String> pages = PdfPages.texts(DocumentLayoutTest.render(type, notice(type)));
        String first = String.join("", DocumentLayoutTest.firstPart(pages));
        assertThat(first).contains("联系地址：示例路1号（测试地址）邮编：817000", "联系人：陈联络（测试）联系电话：0977-0000001");
        int block = first.indexOf("联系地址：");
        assertThat(first.indexOf(type == DocumentType.VIOLATION_NOTICE ? "视为放弃此权利" : "视为放弃听证权利"))
                .as("the rights before the block").isBetween(0, block);
        assertThat(first.indexOf("（印章）", block)).as("the seal after the block").isGreaterThan(block);
        // the block's fields are printed once, in the block (not again as labelled lines of the body)
        assertThat(first).doesNotContain("执法单位地址", "执法单位联系人");
    }

    @Test
    @DisplayName("执法单位联系信息未填写的，通知书不予出具，提示由系统管理员在单位管理中填写，不引用法条")
    void a_notice_without_the_unit_contact_is_refused_naming_the_missing_field_and_where_it_is_entered() {
        Map<String, Object> f = notice(DocumentType.VIOLATION_NOTICE);
        f.remove(DocumentFields.UNIT_POSTAL_CODE);
        f.put(DocumentFields.UNIT_PHONE, " ");
        assertThatThrownBy(() -> DocumentValidation.check(DocumentType.VIOLATION_NOTICE, FieldValues.normalize(f)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("违法行为通知书内容不完整或有误：执法单位邮政编码、执法单位联系电话")
                .hasMessageContaining("系统管理员在“系统管理 › 单位管理”中填写")
                .hasMessageNotContaining("《")
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsOnlyKeys(DocumentFields.UNIT_POSTAL_CODE, DocumentFields.UNIT_PHONE)
                        .allSatisfy((k, m) -> assertThat(m).contains("不能为空", "单位管理")));
    }

    @Test
    @DisplayName("其他必填项缺失的提示不涉及单位管理")
    void a_missing_field_of_the_case_says_nothing_about_unit_administration() {
        Map<String, Object> f = notice(DocumentType.HEARING_NOTICE);
        f.remove("hearingPlace");
        assertThatThrownBy(() -> DocumentValidation.check(DocumentType.HEARING_NOTICE, FieldValues.normalize(f)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证地点")
                .hasMessageNotContaining("单位管理");
    }
}
