package org.zhifa.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.EvaluationCategory;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;

/**
 * The campaign report (案卷评查报告) and the bulletin of results (通报) as documents of the documents module, issued by
 * the supervision bureau: the figures come from the scored files; the recipient and the requirements of the bulletin
 * are entered by the supervisor.
 */
@Service
public class CampaignReports {

    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final ScoreSheets sheets;
    private final EnforcementDocuments documents;
    private final Clock clock;

    CampaignReports(Campaigns campaigns, Evaluations evaluations, ScoreSheets sheets, EnforcementDocuments documents,
            Clock clock) {
        this.campaigns = campaigns;
        this.evaluations = evaluations;
        this.sheets = sheets;
        this.documents = documents;
        this.clock = clock;
    }

    public static String caseRef(Campaigns.Campaign c) {
        return "EVAL:" + c.number();
    }

    public List<IssuedDocument> list(Campaigns.Campaign c) {
        return documents.list(caseRef(c));
    }

    @Transactional
    public IssuedDocument report(Actor actor, long campaignId, String recipient) {
        Campaigns.Campaign c = drawn(campaignId);
        require(recipient, "recipient", "请填写报送机关");
        Map<String, Object> f = common(c, recipient);
        ScoreSheet sheet = sheets.find(c.sheetId());
        List<Map<String, Object>> deductions = new ArrayList<>();
        int page = 0;
        org.zhifa.common.PageResult<Evaluations.EvalFile> p;
        do {
            p = evaluations.files(actor, campaignId, false, page++, 100);
            for (var file : p.items()) {
                for (var d : evaluations.deductions(file.id(), sheet)) {
                    deductions.add(Map.of("caseNumber", file.caseNumber(), "item", d.code() + " " + d.text(),
                            "points", d.deduction().toPlainString(), "reason", d.reason() == null ? "" : d.reason()));
                }
            }
        } while (p.hasNext());
        f.put("deductions", deductions);
        return documents.issue(DocumentRequest.of(DocumentType.EVALUATION_REPORT, actor.unitId(), caseRef(c), f));
    }

    @Transactional
    public IssuedDocument bulletin(Actor actor, long campaignId, String recipient, String requirements) {
        Campaigns.Campaign c = drawn(campaignId);
        require(recipient, "recipient", "请填写主送单位");
        require(requirements, "requirements", "请填写整改要求");
        Map<String, Object> f = common(c, recipient);
        f.put("requirements", requirements.strip());
        return documents.issue(DocumentRequest.of(DocumentType.EVALUATION_BULLETIN, actor.unitId(), caseRef(c), f));
    }

    private Campaigns.Campaign drawn(long id) {
        Campaigns.Campaign c = campaigns.find(id);
        if (c.state().equals("COMMITTED")) {
            throw new ConflictException("评查活动尚未抽取，不能生成报告或通报");
        }
        return c;
    }

    private static void require(String v, String field, String message) {
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(message, Map.of(field, message));
        }
    }

    private Map<String, Object> common(Campaigns.Campaign c, String recipient) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("recipient", recipient.strip());
        f.put("campaign", c.number() + " " + c.title());
        var strata = campaigns.strata(c.id());
        List<String> per = new ArrayList<>();
        for (EvaluationCategory cat : EvaluationCategory.values()) {
            int[] n = strata.get(cat);
            per.add(cat.label() + n[1] + "件（总体" + n[0] + "件）");
        }
        List<Evaluations.UnitResult> units = evaluations.byUnit(c.id());
        int files = units.stream().mapToInt(Evaluations.UnitResult::files).sum();
        int scored = units.stream().mapToInt(Evaluations.UnitResult::scored).sum();
        int vetoed = units.stream().mapToInt(Evaluations.UnitResult::vetoed).sum();
        ScoreSheet sheet = sheets.find(c.sheetId());
        f.put("summary", "本次评查对象为" + c.periodFrom() + "至" + c.periodTo() + "结案的案卷" + c.population()
                + "件，按类别分层随机抽取" + files + "件（" + String.join("，", per) + "；每类不少于" + c.perCategory()
                + "件，不足的全部抽取；种子承诺值" + c.commitment() + "，结果哈希" + c.resultHash() + "）。已评查" + scored
                + "件，否决" + vetoed + "件。评分表：" + sheet.title() + "（第" + sheet.version() + "版），系统预检项目占"
                + sheet.precheckShare() + "%。");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var u : units) {
            rows.add(Map.of("unit", u.unitName(), "files", String.valueOf(u.files()), "scored",
                    String.valueOf(u.scored()), "average", u.average() == null ? "—" : u.average().toPlainString(),
                    "vetoed", String.valueOf(u.vetoed())));
        }
        f.put("units", rows);
        f.put("date", LocalDate.now(clock.withZone(ChinaTime.ZONE)).toString());
        return f;
    }
}
