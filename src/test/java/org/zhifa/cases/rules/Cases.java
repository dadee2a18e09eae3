package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.Choices.ServiceMethod;
import org.zhifa.cases.domain.Party;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.cases.domain.StepCheck;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.steps.ApproveFiling;
import org.zhifa.cases.steps.ApproveNotice;
import org.zhifa.cases.steps.ConcludeInvestigation;
import org.zhifa.cases.steps.IssueNotice;
import org.zhifa.cases.steps.ReadyForDecision;
import org.zhifa.cases.steps.Register;
import org.zhifa.cases.steps.ServeNotice;
import org.zhifa.cases.steps.SubmitFiling;
import org.zhifa.cases.steps.SubmitReview;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.Recommendation;
import org.zhifa.common.Actor;
import org.zhifa.common.PolicyDecision;
import org.zhifa.personnel.EnforcementCategory;

/**
 * In-memory cases, facts and actors for the rule tests (no Spring, no database). Cases move only through the
 * aggregate's guarded methods with checks of the real step declarations.
 */
final class Cases {

    static final LocalDate ACT = LocalDate.of(2026, 9, 1);
    static final CaseProperties SETTINGS = CaseProperties.defaults();

    private Cases() {
    }

    static CaseOfficer officer(long id) {
        return new CaseOfficer(id, 100 + id, "执法员" + id, false, "CERT" + id, false);
    }

    static CaseOfficer auxiliary(long id) {
        return new CaseOfficer(id, 100 + id, "协管员" + id, true, null, false);
    }

    static ActDetails act(LocalDate discovered) {
        return new ActDetails(ACT, LocalTime.of(9, 30), null, "G315 K700", null, null, discovered, "测试", false);
    }

    static PenaltyCase ordinary(PartyKind kind, CaseOfficer... officers) {
        PenaltyCase c = PenaltyCase.draft(11, Procedure.ORDINARY, CaseSource.INSPECTION, null,
                EnforcementCategory.HIGHWAY_ADMINISTRATION,
                List.of(new ViolationRef("GLF-77-1", "堆放物品", "M-LZ-01", "《公路法》第四十六条", "《公路法》第七十七条")),
                act(ACT), new Party(kind, "当事人", null, null, null), "青H12345", List.of(officers), ACT, 1);
        c.register(check(Register.TRANSITION, ACT));
        return c;
    }

    static PenaltyCase ordinary() {
        return ordinary(PartyKind.CITIZEN, officer(1), officer(2));
    }

    static StepCheck check(Transition t, LocalDate on) {
        return new StepCheck(t, PolicyDecision.allowed(), on);
    }

    static Proposal fine(long yuan) {
        return new Proposal(ACT.plusDays(2), "查明的事实", "证据", DecisionOutcome.PENALTY, Set.of(PenaltyKind.FINE),
                yuan * 100, null, null, "裁量理由", 100_000L, 300_000L, null, "一般", List.of(), null, null, false);
    }

    /** Filed and investigated, concluded with {@code p} on ACT + 2. */
    static void concluded(PenaltyCase c, Proposal p) {
        c.submitFiling(check(SubmitFiling.TRANSITION, ACT), "建议立案");
        c.approveFiling(check(ApproveFiling.TRANSITION, ACT), "立〔2026〕1号", "负责人", "同意", ACT.plusDays(90));
        c.conclude(check(ConcludeInvestigation.TRANSITION, p.concludedOn()), p, Map.of(),
                LegalReviewRequirement.reasons(c.party().kind(), p, false, SETTINGS));
    }

    /** Concluded, reviewed, the notice issued and served directly on {@code served}. */
    static void notified(PenaltyCase c, Proposal p, LocalDate served) {
        concluded(c, p);
        c.advance(check(SubmitReview.TRANSITION, p.concludedOn()));
        c.reviewCase(check(ApproveNotice.TRANSITION, p.concludedOn()), "同意", "负责人", false);
        c.issueNotice(check(IssueNotice.TRANSITION, served), "通〔2026〕1号",
                HearingThreshold.applies(c.party().kind(), p.kinds(), p.amountFen(), SETTINGS));
        c.serveNotice(check(ServeNotice.TRANSITION, served), direct(served), served.plusDays(3), served.plusDays(7));
    }

    /** Concluded, sent to legal review which agreed on the proposal, then notified on {@code served}. */
    static void notifiedAfterLegalReview(PenaltyCase c, Proposal p, LocalDate served) {
        concluded(c, p);
        c.advance(check(SubmitReview.TRANSITION, p.concludedOn()));
        c.reviewCase(check(org.zhifa.cases.steps.SendToLegalReview.TRANSITION, p.concludedOn()), "送审", "负责人", false);
        c.legalReview(check(org.zhifa.cases.steps.LegalReviewAgree.TRANSITION, p.concludedOn()),
                new org.zhifa.cases.domain.ReviewRecord.LegalReview(org.zhifa.cases.domain.ReviewRecord.Stage.PROPOSAL,
                        p.concludedOn(), 7, "审核员", true, "同意", List.of()));
        c.issueNotice(check(IssueNotice.TRANSITION, served), "通〔2026〕1号",
                HearingThreshold.applies(c.party().kind(), p.kinds(), p.amountFen(), SETTINGS));
        c.serveNotice(check(ServeNotice.TRANSITION, served), direct(served), served.plusDays(3), served.plusDays(7));
    }

    static void toDecision(PenaltyCase c, LocalDate on) {
        c.advance(check(ReadyForDecision.TRANSITION, on));
    }

    static ServiceFacts direct(LocalDate on) {
        return new ServiceFacts(ServiceMethod.DIRECT, on.atTime(10, 0), "大队", "当事人", "当事人", null, null, null,
                null, null);
    }

    static Actor actor(long userId, String... roles) {
        return new Actor() {
            public long userId() { return userId; }
            public String username() { return "u" + userId; }
            public String displayName() { return "用户" + userId; }
            public long unitId() { return 11; }
            public String unitName() { return "大队"; }
            public Set<String> roleCodes() { return Set.of(roles); }
        };
    }

    static GuardContext ctx(PenaltyCase c, Transition t, StepInput input, Actor a, LocalDate on, Facts facts) {
        return new GuardContext(c, t, input, a, on, SETTINGS, facts);
    }

    static GuardContext ctx(PenaltyCase c, Transition t, StepInput input, LocalDate on) {
        return ctx(c, t, input, actor(101, "OFFICER"), on, new Facts());
    }

    /** Facts with every officer eligible unless the predicate says otherwise, and a weekday-only calendar. */
    static class Facts implements CaseFacts {
        BiPredicate<Long, LocalDate> eligible = (id, day) -> true;
        EnforcementCategory askedCategory;
        boolean qualified = true;
        boolean otherFine;
        boolean recorded;
        Set<PenaltyKind> provided = Set.of(PenaltyKind.WARNING, PenaltyKind.FINE);
        Map<Long, Long> officerOfUser = new HashMap<>();
        Map<String, Long> issued = new HashMap<>();
        Remedies remedies = new Remedies("德令哈市人民政府", null);

        public Eligibility eligibility(long officerId, LocalDate date, EnforcementCategory category) {
            askedCategory = category;
            return eligible.test(officerId, date) ? new Eligibility(true, List.of())
                    : new Eligibility(false, List.of("执法证在" + date + "不是有效状态"));
        }

        public Long officerIdOfUser(long userId) {
            return officerOfUser.get(userId);
        }

        public boolean legallyQualified(long userId) {
            return qualified;
        }

        public PolicyDecision continuousRecording(Long caseId, String stepKind) {
            return recorded ? PolicyDecision.allowed() : PolicyDecision.rejected(Articles.FULL_RECORDING, "无连续音像记录");
        }

        public boolean otherFineForSameAct(PenaltyCase kase) {
            return otherFine;
        }

        public Set<PenaltyKind> kindsProvided(String violationCode) {
            return provided;
        }

        public Recommendation recommendation(PenaltyCase kase, Map<String, Object> facts, Set<String> factors,
                LocalDate on) {
            return new Recommendation("GLF-77-1", "堆放物品", "一般", "条件", false, 100_000L, 300_000L, 150_000L, null,
                    false, List.of(), List.of(), null, false);
        }

        public Map<String, Long> issuedDocuments(long caseId) {
            return issued;
        }

        public boolean isSuperiorOf(long superiorUnitId, long caseUnitId) {
            return superiorUnitId == 2;
        }

        public Optional<Remedies> remedies(long unitId) {
            return Optional.ofNullable(remedies);
        }

        public WorkingDayCalendar calendar() {
            return new WorkingDayCalendar() {
                public DayKind kindOf(LocalDate date) {
                    return date.getDayOfWeek().getValue() >= 6 ? DayKind.WEEKEND : DayKind.WORKDAY;
                }

                public LocalDate addWorkingDays(LocalDate from, int n) {
                    LocalDate d = from;
                    while (n > 0) {
                        d = d.plusDays(1);
                        if (isWorkingDay(d)) {
                            n--;
                        }
                    }
                    return d;
                }

                public LocalDate addCalendarDays(LocalDate from, int days) {
                    return from.plusDays(days);
                }

                public LocalDate addPeriod(LocalDate from, java.time.Period p) {
                    return from.plus(p);
                }

                public int workingDaysBetween(LocalDate from, LocalDate to) {
                    return 0;
                }
            };
        }
    }

    static List<Long> ids(long... ids) {
        List<Long> out = new ArrayList<>();
        for (long i : ids) {
            out.add(i);
        }
        return out;
    }
}
