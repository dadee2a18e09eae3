package org.zhifa.cases.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.ActDetails;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.CaseSteps;
import org.zhifa.cases.domain.Party;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.Proposal;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.Procedures;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.common.Actor;
import org.zhifa.common.PolicyDecision;

/** In-memory cases, facts and actors for the rule tests (no Spring, no database). */
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

    static PenaltyCase ordinary(PartyKind kind, CaseOfficer... officers) {
        PenaltyCase c = PenaltyCase.register(11, Procedure.ORDINARY, CaseSource.INSPECTION, null,
                List.of(new ViolationRef("GLF-77-1", "堆放物品", "M-LZ-01", "《公路法》第七十七条")),
                new ActDetails(ACT, null, "G315 K700", null, null, ACT, "测试", false),
                new Party(kind, "当事人", null, null, null), "青H12345", List.of(officers), ACT, 1);
        CaseSteps.identify(c, 1, 0);
        return c;
    }

    static PenaltyCase ordinary() {
        return ordinary(PartyKind.CITIZEN, officer(1), officer(2));
    }

    static Proposal fine(long yuan) {
        return new Proposal(DecisionOutcome.PENALTY, Set.of(PenaltyKind.FINE), yuan * 100, 100_000L, 300_000L, null,
                "一般", List.of(), null, null, false, "依据");
    }

    static void concluded(PenaltyCase c, Proposal p) {
        CaseSteps.conclude(c, p, LegalReviewRequirement.reasons(c.party().kind(), p, false, SETTINGS), false);
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

    static TransitionRequest request() {
        return TransitionRequest.empty(0);
    }

    static TransitionRequest request(Map<String, Object> fields) {
        return tools.jackson.databind.json.JsonMapper.builder().build().convertValue(fields, TransitionRequest.class);
    }

    static GuardContext ctx(PenaltyCase c, String transition, TransitionRequest r, Actor a, LocalDate on,
            Facts facts) {
        return new GuardContext(c, Procedures.ORDINARY.find(transition).orElseThrow(), r, a, on, SETTINGS, facts);
    }

    static GuardContext ctx(PenaltyCase c, String transition, TransitionRequest r, LocalDate on) {
        return ctx(c, transition, r, actor(101, "OFFICER"), on, new Facts());
    }

    /** Facts with every officer eligible unless listed, and a weekday-only calendar. */
    static class Facts implements CaseFacts {
        final List<Long> ineligible = new ArrayList<>();
        boolean qualified = true;
        boolean otherFine;
        Map<Long, Long> officerOfUser = Map.of();

        public Eligibility eligibility(long officerId, LocalDate date) {
            return ineligible.contains(officerId) ? new Eligibility(false, List.of("执法证已过期"))
                    : new Eligibility(true, List.of());
        }

        public Long officerIdOfUser(long userId) {
            return officerOfUser.get(userId);
        }

        public boolean legallyQualified(long userId) {
            return qualified;
        }

        public PolicyDecision continuousRecording(long caseId, String stepKind) {
            return PolicyDecision.rejected("《行政处罚法》第四十七条", "无连续音像记录");
        }

        public boolean otherFineForSameAct(PenaltyCase kase) {
            return otherFine;
        }

        public Set<String> issuedDocumentTypes(long caseId) {
            return Set.of();
        }

        public boolean isSuperiorOf(long superiorUnitId, long caseUnitId) {
            return superiorUnitId == 2;
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
}
