package org.zhifa.supervision.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.CaseRecords.CaseRecord;
import org.zhifa.cases.CaseRecords.ClockFact;
import org.zhifa.cases.CaseRecords.OfficerFact;
import org.zhifa.evidence.EvidenceIntegrity;

/**
 * The checks a score sheet item may name: each decides its item from the case record alone and states the evidence it
 * looked at. The evaluator confirms or overrides each finding (with a reason); nothing here scores a file.
 */
public final class PreCheck {

    /** What a check found. */
    public enum Result {
        PASS("符合"), FAIL("不符合"), NA("不适用");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The checks. */
    public enum Kind {
        TWO_OFFICERS, ADVANCE_NOTICE, LEGAL_REVIEW, DOCUMENTS, SERVICE, DATES, EVIDENCE, DISCRETION, CLOCKS
    }

    public record Finding(Result result, String evidence) {
    }

    private PreCheck() {
    }

    public static Map<Kind, Finding> run(CaseRecord r, EvidenceIntegrity.Status evidence) {
        Map<Kind, Finding> f = new EnumMap<>(Kind.class);
        f.put(Kind.TWO_OFFICERS, twoOfficers(r));
        f.put(Kind.ADVANCE_NOTICE, advanceNotice(r));
        f.put(Kind.LEGAL_REVIEW, legalReview(r));
        f.put(Kind.DOCUMENTS, missing(r, m -> m.startsWith("缺少") && !m.contains("送达回证"), "文书"));
        f.put(Kind.SERVICE, missing(r, m -> m.contains("送达"), "送达记录与送达回证"));
        f.put(Kind.DATES, missing(r, m -> m.contains("早于"), "日期顺序"));
        f.put(Kind.EVIDENCE, evidence(evidence));
        f.put(Kind.DISCRETION, discretion(r));
        f.put(Kind.CLOCKS, clocks(r));
        return f;
    }

    /** At least two eligible officers, not auxiliary, not recused, on the day of the act (处罚法 Art. 42). */
    static Finding twoOfficers(CaseRecord r) {
        List<String> lines = new ArrayList<>();
        int eligible = 0;
        for (OfficerFact o : r.officers()) {
            boolean counts = o.eligible() && !o.auxiliary() && !o.recused();
            if (counts) {
                eligible++;
            }
            lines.add(o.name() + (o.auxiliary() ? "（辅助人员）" : "") + (o.recused() ? "（已回避）" : "")
                    + (o.eligible() ? "：" + r.actDate() + " 持证有效" : "：" + String.join("；", o.reasons())));
        }
        String evidence = "违法行为日期 " + r.actDate() + "，执法人员 " + eligible + " 名有效：" + String.join("；", lines);
        return new Finding(eligible >= 2 ? Result.PASS : Result.FAIL, evidence);
    }

    /** A penalty in the ordinary procedure needs the notice served before the decision (处罚法 Art. 44). */
    static Finding advanceNotice(CaseRecord r) {
        if (!"PENALTY".equals(r.outcome()) || !"ORDINARY".equals(r.procedure())) {
            return new Finding(Result.NA, "非普通程序的处罚决定（" + (r.outcome() == null ? "无决定" : r.outcome()) + "）");
        }
        if (r.noticeServedOn() == null) {
            return new Finding(Result.FAIL, "案卷中没有违法行为通知书的送达记录，决定日期 " + r.decidedOn());
        }
        boolean before = r.decidedOn() == null || !r.noticeServedOn().isAfter(r.decidedOn());
        return new Finding(before ? Result.PASS : Result.FAIL,
                "违法行为通知书 " + r.noticeServedOn() + " 送达，决定日期 " + r.decidedOn());
    }

    /** Legal review where required, and agreeing (处罚法 Art. 58). */
    static Finding legalReview(CaseRecord r) {
        if (!r.legalReviewRequired()) {
            return new Finding(Result.NA, "本案不属于应当法制审核的情形");
        }
        return new Finding(r.legalReviewPassed() ? Result.PASS : Result.FAIL,
                r.legalReviewPassed() ? "应当法制审核，案卷中有同意的法制审核意见" : "应当法制审核，案卷中没有同意的法制审核意见");
    }

    private static Finding missing(CaseRecord r, java.util.function.Predicate<String> which, String what) {
        List<String> found = r.missingDocuments().stream().filter(which).toList();
        if (found.isEmpty()) {
            return new Finding(Result.PASS, what + "齐全（已开具文书：" + documents(r.issuedDocuments()) + "）");
        }
        return new Finding(Result.FAIL, String.join("；", found));
    }

    private static String documents(Map<String, Long> issued) {
        if (issued.isEmpty()) {
            return "无";
        }
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(issued).forEach((type, n) -> parts.add(docTitle(type) + "×" + n));
        return String.join("、", parts);
    }

    private static String docTitle(String type) {
        try {
            return org.zhifa.documents.DocumentType.valueOf(type).title();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    static Finding evidence(EvidenceIntegrity.Status s) {
        if (s.linked() == 0) {
            return new Finding(Result.FAIL, "案件没有关联任何电子证据");
        }
        String text = "关联证据 " + s.linked() + " 件，其中 " + s.logged() + " 件的哈希已记入证据日志"
                + (s.alarms().isEmpty() ? "，无完整性告警" : "；完整性告警：" + String.join("；", s.alarms()));
        return new Finding(s.intact() ? Result.PASS : Result.FAIL, text);
    }

    /** The fine within the benchmark's range recorded at the end of the investigation (处罚法 Art. 34). */
    static Finding discretion(CaseRecord r) {
        if (r.amountFen() == null) {
            return new Finding(Result.NA, "本案没有罚款");
        }
        if (r.recommendedMinFen() == null || r.recommendedMaxFen() == null) {
            return new Finding(Result.NA, "罚款 " + yuan(r.amountFen()) + " 元，案卷中没有裁量基准的建议区间");
        }
        boolean within = r.amountFen() >= r.recommendedMinFen() && r.amountFen() <= r.recommendedMaxFen();
        return new Finding(within ? Result.PASS : Result.FAIL, "罚款 " + yuan(r.amountFen()) + " 元，裁量基准区间 "
                + yuan(r.recommendedMinFen()) + "–" + yuan(r.recommendedMaxFen()) + " 元"
                + (within ? "" : "（超出区间：须核对案卷中的裁量理由）"));
    }

    static Finding clocks(CaseRecord r) {
        if (r.clocks().isEmpty()) {
            return new Finding(Result.NA, "案卷没有法定期限记录");
        }
        List<String> overdue = r.clocks().stream().filter(ClockFact::overdue)
                .map(c -> c.label() + "（应于 " + c.dueOn() + "，" + (c.closedOn() == null ? "未完成" : c.closedOn() + " 完成")
                        + "，" + c.basis() + "）").toList();
        if (overdue.isEmpty()) {
            return new Finding(Result.PASS, r.clocks().size() + " 项法定期限均按期完成");
        }
        return new Finding(Result.FAIL, "逾期：" + String.join("；", overdue));
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
    }
}
