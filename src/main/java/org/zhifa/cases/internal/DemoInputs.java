package org.zhifa.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActFacts;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.Choices.PaymentChannel;
import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.Choices.Sex;
import org.zhifa.cases.domain.Choices.Signature;
import org.zhifa.cases.domain.Choices.WaiverForm;
import org.zhifa.cases.domain.Correction;
import org.zhifa.cases.domain.CreditCode;
import org.zhifa.cases.domain.PartyFacts;
import org.zhifa.cases.domain.QaPair;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.steps.*;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.identity.UserDirectory;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.IdCardNumber;

/** The typed inputs of the demo cases: every fact fictitious and marked 演示, entered as an officer would. */
final class DemoInputs {

    static final String LATE = "演示数据（事后录入）";

    /** One step of a demo path: who, which step, its input given the case version. */
    record Step(String user, String name, IntFunction<Record> input) {
    }

    private final UserDirectory users;
    private final JdbcClient jdbc;

    DemoInputs(UserDirectory users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    UserActor actor(String username) {
        return UserActor.of(users.findByUsername(username).orElseThrow());
    }

    int version(long caseId) {
        return jdbc.sql("select version from penalty_case where id = :id").param("id", caseId).query(Integer.class).single();
    }

    private long officerOf(String username) {
        long user = users.findByUsername(username).orElseThrow().id();
        return jdbc.sql("select id from officer where user_id = :u").param("u", user).query(Long.class).single();
    }

    private List<Long> eligible(long unitId) {
        return jdbc.sql("""
                select o.id from officer o where o.unit_id = :u and o.kind = 'OFFICER' and o.status = 'ACTIVE'
                  and exists (select 1 from enforcement_certificate c where c.officer_id = o.id and c.state = 'VALID'
                              and c.expires_on > current_date + 60)
                order by o.id limit 2
                """).param("u", unitId).query(Long.class).list();
    }

    ActFacts facts(int i, LocalDate act, List<Long> others) {
        boolean organisation = i % 4 == 3;
        PartyFacts party = new PartyFacts(organisation ? PartyKind.ORGANISATION : PartyKind.CITIZEN,
                organisation ? "演示物流有限公司" + (char) ('甲' + i % 10) : "演示当事人" + (i + 1),
                organisation ? creditCode(i) : idNumber(i), "青海省海西州演示路" + (i + 1) + "号",
                "1390977" + String.format("%04d", 1000 + i));
        return new ActFacts(i % 5 == 4 ? CaseSource.REPORT : CaseSource.INSPECTION, i % 5 == 4 ? "演示举报第" + i + "号" : null,
                EnforcementCategory.HIGHWAY_ADMINISTRATION, List.of(i % 2 == 0 ? "GLF-77-1" : "GLAQ-69"), act,
                LocalTime.of(9 + i % 8, 10), null, (i % 2 == 0 ? "G315线 K" : "G109线 K") + (640 + i * 3) + "+"
                        + (100 + i * 10 % 900) + "（演示）", null, null, act,
                "演示数据：车辆装载砂石遗洒、在公路上堆放物品，造成路面污染约" + (8 + i % 10) + "平方米", false, party,
                "青H" + String.format("%05d", 81000 + i), others);
    }

    Register.Input register(int i, LocalDate act, String colleague, long unitId) {
        List<Long> others = colleague == null ? eligible(unitId) : List.of(officerOf(colleague));
        return new Register.Input(act, LATE, unitId, facts(i, act, others));
    }

    DecideOnTheSpot.Input onTheSpot(int i, LocalDate day, boolean gelmud) {
        List<Long> present = gelmud ? eligible(21) : List.of(officerOf("officer1"), officerOf("officer2"));
        var act = facts(i, day, present);
        // within 处罚法 Art. 51 (200 yuan for a citizen); the demo violation's provision knows no warning
        return new DecideOnTheSpot.Input(day, null, act, present, Set.of(PenaltyKind.FINE),
                BigDecimal.valueOf(50 + (i % 100) * 30L), new Correction("立即清除遗洒物（演示）", null),
                "当事人称对违法事实无异议（演示）", "当事人未提出事实、理由，无需采纳（演示）", act.place(),
                act.actTime().plusMinutes(20), Signature.SIGNED, null, null, null, null);
    }

    /** The ordinary path of a demo case: the day of each act relative to the act itself. */
    List<Step> ordinaryPath(int i, LocalDate act) {
        long o1 = officerOf("officer1");
        long o2 = officerOf("officer2");
        String party = i % 4 == 3 ? "演示物流有限公司" + (char) ('甲' + i % 10) : "演示当事人" + (i + 1);
        LocalDate served = act.plusDays(4);
        List<Step> p = new ArrayList<>();
        p.add(new Step("officer1", "submit-filing", v -> new SubmitFiling.Input(v, act.plusDays(1), LATE,
                "现场发现当事人堆放物品，建议立案调查（演示）")));
        p.add(new Step("head1", "approve-filing", v -> new ApproveFiling.Input(v, act.plusDays(1), LATE, "同意立案调查（演示）")));
        p.add(new Step("officer1", "record-inquiry", v -> new RecordInquiry.Input(v, act.plusDays(2), LATE,
                LocalTime.of(9, 10), LocalTime.of(9, 45), "德令哈市交通运输综合行政执法大队询问室（演示）", List.of(o1, o2), o2, true,
                party, "当事人", Sex.MALE, 40, null, null, i % 4 == 3 ? "演示物流有限公司驾驶员（演示）" : "无",
                "青海省海西州演示路" + (i + 1) + "号", List.of(new QaPair("你是否在演示路段堆放砂石？（演示）", "是的，是我堆放的。（演示）"),
                        new QaPair("堆放了多久？（演示）", "大约两天。（演示）")))));
        p.add(new Step("officer1", "conclude-investigation", v -> new ConcludeInvestigation.Input(v, act.plusDays(3),
                LATE, "经调查，当事人在公路上堆放砂石，造成路面污染约" + (8 + i % 10) + "平方米（演示）", "询问笔录一份、现场照片三张（演示）",
                DecisionOutcome.PENALTY, Set.of(PenaltyKind.FINE), BigDecimal.valueOf(1500), null,
                new Correction("停止在公路上堆放物品，清除堆放物（演示）", null),
                Map.of("damage_area_m2", 8 + i % 10, "traffic_affected", false), Set.of(), "面积在一般阶次内，当事人配合调查（演示）",
                "演示：按情节确定", false)));
        p.add(new Step("officer1", "submit-review", v -> new SubmitReview.Input(v, act.plusDays(3), LATE, null)));
        p.add(new Step("head1", "approve-notice", v -> new ApproveNotice.Input(v, act.plusDays(4), LATE, "事实清楚，同意告知（演示）")));
        p.add(new Step("officer1", "issue-notice", v -> new IssueNotice.Input(v, act.plusDays(4), LATE)));
        p.add(new Step("officer1", "serve-notice", v -> new ServeNotice.Input(v, served, LATE, direct(served, party))));
        p.add(new Step("officer1", "waive-statement", v -> new WaiveStatement.Input(served, v, LATE, WaiverForm.WRITTEN,
                "本人对拟作出的处罚无异议，放弃陈述和申辩（演示）")));
        p.add(new Step("officer1", "ready-for-decision", v -> new ReadyForDecision.Input(v, act.plusDays(5), LATE, null)));
        p.add(new Step("head1", "decide", v -> new Decide.Input(v, act.plusDays(6), LATE, DecisionOutcome.PENALTY,
                Set.of(PenaltyKind.FINE), BigDecimal.valueOf(1500), null, new Correction("停止在公路上堆放物品，清除堆放物（演示）", null),
                null, null)));
        p.add(new Step("officer1", "serve-decision", v -> new ServeDecision.Input(v, act.plusDays(6), LATE,
                direct(act.plusDays(6), party))));
        p.add(new Step("officer1", "record-payment", v -> new RecordPayment.Input(v, act.plusDays(10), LATE,
                BigDecimal.valueOf(1500), PaymentChannel.BANK, "演示-" + String.format("%04d", i))));
        p.add(new Step("officer1", "propose-closure", v -> new ProposeClosure.Input(act.plusDays(11), v, LATE,
                "罚款已缴清，建议结案（演示）")));
        p.add(new Step("head1", "approve-closure", v -> new ApproveClosure.Input(v, act.plusDays(11), LATE, "同意结案（演示）")));
        p.add(new Step("officer1", "archive", v -> new Archive.Input(v, act.plusDays(12), LATE)));
        return p;
    }

    private static ServiceFacts direct(LocalDate day, String party) {
        return new ServiceFacts(ServiceMethod.DIRECT, day.atTime(10, 30), "德令哈市交通运输综合行政执法大队（演示）", party, party,
                null, null, null, null, null);
    }

    private static String idNumber(int i) {
        String first17 = "632890" + (1970 + i % 30) + String.format("%02d", 1 + i % 12) + "1" + (i % 9)
                + String.format("%03d", 500 + i);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String creditCode(int i) {
        String first17 = "91632800" + String.format("%09d", 710000 + i).replace('0', 'A').substring(0, 9);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
