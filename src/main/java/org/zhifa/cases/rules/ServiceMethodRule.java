package org.zhifa.cases.rules;

import java.util.Set;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/**
 * Service of the decision (《行政处罚法》第六十一条): direct, by mail, left at the address, public notice (deemed
 * served 30 days after publication, 民事诉讼法 第九十五条), or electronic only when the party signed a
 * 送达地址确认书 accepting it. Service left at the address (留置送达) is valid only with the refusal, its date and
 * the witness noted on the proof of service (民事诉讼法 第八十九条), so that the file shows who signed and who refused.
 */
public class ServiceMethodRule implements CaseGuard {

    public static final Set<String> METHODS = Set.of("DIRECT", "ELECTRONIC", "MAIL", "PUBLIC_NOTICE", "LEFT_AT_ADDRESS");

    @Override
    public GuardName name() {
        return GuardName.SERVICE_METHOD;
    }

    @Override
    public PolicyDecision check(GuardContext ctx) {
        String method = ctx.request().text(ctx.request().serviceMethod());
        if (!METHODS.contains(method)) {
            return refuse("请选择送达方式（直接送达、邮寄送达、留置送达、公告送达或电子送达）");
        }
        if ("ELECTRONIC".equals(method) && !ctx.request().flag(ctx.request().addressConfirmed())) {
            return refuse("当事人同意并签订确认书的，方可采用电子送达；本案无签署的送达地址确认书");
        }
        if ("LEFT_AT_ADDRESS".equals(method) && ctx.request().text(ctx.request().content()).isEmpty()) {
            return refuse("留置送达应当在送达回证上记明受送达人拒收的事由和日期及见证人（《中华人民共和国民事诉讼法》第八十九条），"
                    + "请填写说明");
        }
        return PolicyDecision.allowed();
    }
}
