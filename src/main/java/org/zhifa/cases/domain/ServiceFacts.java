package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.cases.domain.Choices.ServiceMethod;

/**
 * How one document was served, as the officer who served it records it on the 送达回证 (《行政处罚法》第六十一条):
 * the manner, when, where, to whom, who signed or who refused in front of which witness. Periods that run from
 * service start on {@link #servedOn()}: the day of service, for mail the day on the signed receipt, for a public
 * notice thirty days after publication.
 */
@Schema(name = "ServiceFacts", description = "送达情况（送达回证所载事实）")
public record ServiceFacts(
        @Schema(description = "送达方式") @NotNull(message = "请选择送达方式") ServiceMethod method,
        @Schema(description = "送达时间（邮寄送达为回执签收时间，公告送达为公告发布时间）")
        @NotNull(message = "请填写送达时间") LocalDateTime servedAt,
        @Schema(description = "送达地点（直接送达、留置送达必填）") String place,
        @Schema(description = "受送达人") @NotBlank(message = "请填写受送达人") String recipient,
        @Schema(description = "签收人（拒绝签收的不填）") String signedBy,
        @Schema(description = "拒收事由（留置送达必填）") String refusalReason,
        @Schema(description = "见证人（留置送达必填）") String witness,
        @Schema(description = "邮件号码（邮寄送达必填）") String mailNumber,
        @Schema(description = "电子送达地址（电子送达必填，须为当事人在送达地址确认书中确认的地址）") String electronicAddress,
        @Schema(description = "公告载体（公告送达必填）") String noticeChannel) {

    /** Public notice is deemed served thirty days after publication (《民事诉讼法》第九十五条). */
    public static final int PUBLIC_NOTICE_DAYS = 30;

    /** The day service took effect: periods that run from service start here. */
    public LocalDate servedOn() {
        LocalDate d = servedAt.toLocalDate();
        return method == ServiceMethod.PUBLIC_NOTICE ? d.plusDays(PUBLIC_NOTICE_DAYS) : d;
    }

    /** The facts each manner of service needs that were not entered (field → Chinese message). */
    public Map<String, String> missing(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        if (method == null) {
            return m;
        }
        switch (method) {
            case DIRECT -> {
                need(m, prefix + "place", place, "请填写送达地点");
                need(m, prefix + "signedBy", signedBy, "直接送达须记明签收人");
            }
            case LEFT_AT_ADDRESS -> {
                need(m, prefix + "place", place, "请填写留置送达的地点（受送达人住所）");
                need(m, prefix + "refusalReason", refusalReason, "留置送达须记明拒收事由");
                need(m, prefix + "witness", witness, "留置送达须记明见证人");
            }
            case MAIL -> {
                need(m, prefix + "mailNumber", mailNumber, "邮寄送达须记明邮件号码");
                need(m, prefix + "signedBy", signedBy, "邮寄送达须记明回执签收人");
            }
            case ELECTRONIC -> need(m, prefix + "electronicAddress", electronicAddress, "电子送达须记明送达地址");
            case PUBLIC_NOTICE -> need(m, prefix + "noticeChannel", noticeChannel, "公告送达须记明公告载体");
            default -> {
            }
        }
        return m;
    }

    private static void need(Map<String, String> m, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            m.put(field, message);
        }
    }
}
