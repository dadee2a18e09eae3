package org.zhifa.cases.rules;

import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.Sentences;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Service of a document (《行政处罚法》第六十一条): electronic service only with a 送达地址确认书 recorded in the case
 * (step confirm-service-address), signed on or before the day of service, in which the party agreed to electronic
 * service, and only to the electronic address confirmed there (第六十一条第二款); service left at the address (留置送达)
 * only with the refusal and a witness recorded (《民事诉讼法》第八十九条); service cannot precede the document. The facts each manner needs are input
 * (400) and checked by {@link ServiceFacts#missing}.
 */
public class ServiceMethodRule implements CaseGuard {

    @Override
    public GuardName name() {
        return GuardName.SERVICE_METHOD;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        var served = ctx.input(InputFacts.Served.class).map(InputFacts.Served::service).orElse(null);
        if (served == null || served.method() == null) {
            return PolicyDecision.allowed();
        }
        if (served.method() == ServiceMethod.ELECTRONIC) {
            var confirmed = ctx.kase().addressConfirmationOn(served.servedAt().toLocalDate()).orElse(null);
            if (confirmed == null) {
                return refuse(Articles.ELECTRONIC_SERVICE,
                        "当事人同意并签订送达地址确认书的，方可采用电子送达；本次送达前当事人没有签署送达地址确认书");
            }
            if (!confirmed.acceptsElectronicService()) {
                return refuse(Articles.ELECTRONIC_SERVICE, "当事人在" + Sentences.day(confirmed.signedOn())
                        + "签署的送达地址确认书中不同意电子送达，不得采用电子送达");
            }
            if (served.electronicAddress() != null && !served.electronicAddress().isBlank()
                    && !served.electronicAddress().trim().equals(confirmed.electronicAddress())) {
                return refuse(Articles.ELECTRONIC_SERVICE, "电子送达只能送至当事人在送达地址确认书中确认的地址（"
                        + confirmed.electronicAddress() + "）");
            }
        }
        if (served.method() == ServiceMethod.LEFT_AT_ADDRESS && (blank(served.witness()) || blank(served.refusalReason()))) {
            return refuse(Articles.SERVICE_LEFT_AT_ADDRESS, "留置送达应当在送达回证上记明拒收事由和日期，由送达人、见证人签名");
        }
        return PolicyDecision.allowed();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
