package org.zhifa.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.CaseRecords.CaseRecord;
import org.zhifa.cases.CaseRecords.ClockFact;
import org.zhifa.cases.CaseRecords.OfficerFact;
import org.zhifa.cases.EvaluationCategory;
import org.zhifa.evidence.EvidenceIntegrity;

/** Each pre-check decides its item from the record alone, named after the rule it checks. */
class PreCheckTest {

    static final LocalDate ACT = LocalDate.of(2026, 3, 2);

    static OfficerFact officer(String name, boolean eligible, boolean auxiliary) {
        return new OfficerFact(name.hashCode(), null, name, auxiliary, false, eligible,
                eligible ? List.of() : List.of("执法证已暂扣"));
    }

    static CaseRecord record(List<OfficerFact> officers, List<ClockFact> clocks, LocalDate noticeServed,
            LocalDate decided, Long amount, Long min, Long max, boolean reviewRequired, boolean reviewPassed,
            List<String> missing) {
        return new CaseRecord(1, "测试〔2026〕1号", 11, EvaluationCategory.ORDINARY, "ORDINARY", "CLOSED", "PENALTY", ACT,
                officers, clocks, Map.of("PENALTY_DECISION", 1L), missing, amount, min, max, reviewRequired,
                reviewPassed, noticeServed, decided, true, "直接送达");
    }

    static CaseRecord simple(List<OfficerFact> officers) {
        return record(officers, List.of(), ACT.plusDays(5), ACT.plusDays(10), null, null, null, false, false, List.of());
    }

    @Test
    void twoEligibleOfficersOnTheDayOfTheActAuxiliariesNotCounted() {
        assertThat(PreCheck.twoOfficers(simple(List.of(officer("甲", true, false), officer("乙", true, false))))
                .result()).isEqualTo(PreCheck.Result.PASS);
        var f = PreCheck.twoOfficers(simple(List.of(officer("甲", true, false), officer("丙", true, true),
                officer("乙", false, false))));
        assertThat(f.result()).isEqualTo(PreCheck.Result.FAIL);
        assertThat(f.evidence()).contains("执法证已暂扣").contains("辅助人员").contains(ACT.toString());
    }

    @Test
    void advanceNoticeServedBeforeTheDecision() {
        var two = List.of(officer("甲", true, false), officer("乙", true, false));
        assertThat(PreCheck.advanceNotice(record(two, List.of(), ACT.plusDays(5), ACT.plusDays(10), null, null, null,
                false, false, List.of())).result()).isEqualTo(PreCheck.Result.PASS);
        assertThat(PreCheck.advanceNotice(record(two, List.of(), ACT.plusDays(11), ACT.plusDays(10), null, null, null,
                false, false, List.of())).result()).isEqualTo(PreCheck.Result.FAIL);
        assertThat(PreCheck.advanceNotice(record(two, List.of(), null, ACT.plusDays(10), null, null, null, false,
                false, List.of())).result()).isEqualTo(PreCheck.Result.FAIL);
    }

    @Test
    void legalReviewWhereRequired() {
        var two = List.of(officer("甲", true, false), officer("乙", true, false));
        assertThat(PreCheck.legalReview(record(two, List.of(), null, null, null, null, null, true, false, List.of()))
                .result()).isEqualTo(PreCheck.Result.FAIL);
        assertThat(PreCheck.legalReview(record(two, List.of(), null, null, null, null, null, false, false, List.of()))
                .result()).isEqualTo(PreCheck.Result.NA);
    }

    @Test
    void fineWithinTheDiscretionBenchmark() {
        var two = List.of(officer("甲", true, false), officer("乙", true, false));
        assertThat(PreCheck.discretion(record(two, List.of(), null, null, 150000L, 100000L, 200000L, false, false,
                List.of())).result()).isEqualTo(PreCheck.Result.PASS);
        var out = PreCheck.discretion(record(two, List.of(), null, null, 250000L, 100000L, 200000L, false, false,
                List.of()));
        assertThat(out.result()).isEqualTo(PreCheck.Result.FAIL);
        assertThat(out.evidence()).contains("2500").contains("1000–2000");
    }

    @Test
    void legalClocksMetOnTime() {
        var two = List.of(officer("甲", true, false), officer("乙", true, false));
        var late = new ClockFact("CASE_LIMIT", "办案期限", "《行政处罚法》第六十条", ACT, ACT.plusDays(90),
                ACT.plusDays(95), "MET");
        var onTime = new ClockFact("PAYMENT", "缴纳罚款期限", "《行政处罚法》第六十七条", ACT, ACT.plusDays(15),
                ACT.plusDays(10), "MET");
        assertThat(PreCheck.clocks(record(two, List.of(onTime), null, null, null, null, null, false, false, List.of()))
                .result()).isEqualTo(PreCheck.Result.PASS);
        assertThat(PreCheck.clocks(record(two, List.of(onTime, late), null, null, null, null, null, false, false,
                List.of())).evidence()).contains("办案期限");
    }

    @Test
    void evidenceLinkedLoggedAndWithoutIntegrityAlarm() {
        assertThat(PreCheck.evidence(new EvidenceIntegrity.Status(0, 0, List.of())).result())
                .isEqualTo(PreCheck.Result.FAIL);
        assertThat(PreCheck.evidence(new EvidenceIntegrity.Status(3, 3, List.of())).result())
                .isEqualTo(PreCheck.Result.PASS);
        assertThat(PreCheck.evidence(new EvidenceIntegrity.Status(3, 3, List.of("HASH_MISMATCH：内容被改动"))).result())
                .isEqualTo(PreCheck.Result.FAIL);
    }

    @Test
    void documentsServiceAndDatesComeFromTheArchiveCheck() {
        var two = List.of(officer("甲", true, false), officer("乙", true, false));
        var r = record(two, List.of(), null, null, null, null, null, false, false,
                List.of("缺少行政处罚决定书", "决定书没有送达记录", "决定日期（2026-03-01）早于立案日期（2026-03-02）"));
        var f = PreCheck.run(r, new EvidenceIntegrity.Status(1, 1, List.of()));
        assertThat(f.get(PreCheck.Kind.DOCUMENTS).evidence()).isEqualTo("缺少行政处罚决定书");
        assertThat(f.get(PreCheck.Kind.SERVICE).evidence()).isEqualTo("决定书没有送达记录");
        assertThat(f.get(PreCheck.Kind.DATES).result()).isEqualTo(PreCheck.Result.FAIL);
    }
}
