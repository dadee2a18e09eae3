package org.zhifa.cases.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/**
 * The 送达回证 of one served document, from the service facts as entered (《行政处罚法》第六十一条): who received it,
 * where, how, when, who signed or who refused before which witness.
 */
final class Services {

    private Services() {
    }

    /** The facts the manner of service needs, and the order of the dates (400 naming the field otherwise). */
    static void check(ServiceFacts s, LocalDate issuedOn, LocalDate actedOn) {
        Map<String, String> missing = s.missing("service.");
        if (!missing.isEmpty()) {
            throw new InvalidInputException("送达回证记载不完整：" + String.join("；", missing.values()), missing);
        }
        LocalDate at = s.servedAt().toLocalDate();
        if (issuedOn != null && at.isBefore(issuedOn)) {
            throw new InvalidInputException("送达时间不能早于文书的制作日期（" + issuedOn + "）",
                    Map.of("service.servedAt", "不能早于文书的制作日期（" + issuedOn + "）"));
        }
        if (at.isAfter(actedOn)) {
            throw new InvalidInputException("送达时间不能晚于办理日期（" + actedOn + "）",
                    Map.of("service.servedAt", "不能晚于办理日期（" + actedOn + "）"));
        }
    }

    /** Issues the proof of service of {@code title} {@code number}. */
    static void proof(StepRun<?> run, ServiceFacts s, String title, String number) {
        String where = switch (s.method()) {
            case MAIL -> "邮寄，邮件号码" + s.mailNumber();
            case ELECTRONIC -> s.electronicAddress() + run.kase().addressConfirmationOn(s.servedAt().toLocalDate())
                    .map(a -> "（送达地址确认书签署于" + org.zhifa.cases.domain.Sentences.day(a.signedOn()) + "）").orElse("");
            case PUBLIC_NOTICE -> "公告：" + s.noticeChannel();
            default -> s.place();
        };
        String signature = s.signedBy() != null && !s.signedBy().isBlank() ? "签收人：" + s.signedBy()
                : s.method() == ServiceMethod.LEFT_AT_ADDRESS ? "受送达人拒绝签收，拒收事由：" + s.refusalReason() : null;
        String remark = s.method() == ServiceMethod.PUBLIC_NOTICE
                ? "公告之日起经过" + ServiceFacts.PUBLIC_NOTICE_DAYS + "日视为送达（"
                + org.zhifa.cases.domain.Sentences.day(s.servedOn()) + "）" : null;
        run.issue(DocumentType.PROOF_OF_SERVICE, Present.fields("addressee", s.recipient(), "serviceAddress", where,
                "serviceMethod", s.method().label(), "servedDocuments", List.of(Present.fields("name", title,
                        "number", number)), "servedAt", s.servedAt(), "signature", signature, "witness", s.witness(),
                "remark", remark));
    }
}
