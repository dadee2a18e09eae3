package org.zhifa.cases.rules;

import java.time.LocalDate;
import org.zhifa.cases.domain.Choices.Attendance;
import org.zhifa.cases.domain.NoticeRecord;
import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.common.PolicyDecision;

/** The hearing (《行政处罚法》第六十三条至第六十五条; legal review after it, 第五十八条第一款第（二）项). */
public final class HearingRules {

    private HearingRules() {
    }

    /** A hearing is requested within five working days of the notice's service, where the right applies. */
    public static class RequestWindow implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.HEARING_REQUEST_WINDOW;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            NoticeRecord n = ctx.kase().notice();
            if (!n.hearingApplies()) {
                return refuse(Articles.HEARING_RIGHT, "拟作出的处罚不属于应当告知听证权利的情形");
            }
            if (n.hearingWaiver() != null) {
                return refuse("当事人已于" + n.hearingWaiver().on() + "明确放弃听证");
            }
            if (n.hearingRequested()) {
                return refuse("当事人已于" + n.hearingRequestedOn() + "申请听证");
            }
            if (n.hearingRequestDue() != null && ctx.on().isAfter(n.hearingRequestDue())) {
                return refuse("当事人应在违法行为通知书送达后" + ctx.settings().hearingRequestWorkingDays() + "个工作日内（"
                        + n.hearingRequestDue() + "前）提出听证要求，已逾期");
            }
            return PolicyDecision.allowed();
        }
    }

    /** The hearing notice is served at least seven working days before the hearing (第六十四条第（二）项). */
    public static class NoticePeriod implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.HEARING_NOTICE_PERIOD;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var h = ctx.kase().notice().hearing();
            var served = ctx.input(InputFacts.Served.class).map(InputFacts.Served::service).orElse(null);
            if (h == null || served == null || served.servedAt() == null) {
                return PolicyDecision.allowed();
            }
            int days = ctx.settings().hearingNoticeWorkingDays();
            LocalDate latest = served.servedOn();
            LocalDate earliestHearing = ctx.facts().calendar().addWorkingDays(latest, days);
            if (h.at().toLocalDate().isBefore(earliestHearing)) {
                return refuse("听证通知书应当在举行听证的" + days + "个工作日前送达；" + latest + "送达的，听证最早可在"
                        + earliestHearing + "举行，已定的听证日期为" + h.at().toLocalDate());
            }
            return PolicyDecision.allowed();
        }
    }

    /** The hearing is presided by a person designated by the unit who is not an investigator (第六十四条第（四）项). */
    public static class Presiding implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.PRESIDING_NOT_INVESTIGATOR;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            Long presiding = ctx.input(InputFacts.Presiding.class).map(InputFacts.Presiding::presidingOfficerId)
                    .orElse(null);
            if (presiding == null) {
                return PolicyDecision.allowed(); // a missing presiding officer is a 400 of the input
            }
            if (!ctx.kase().notice().hearingRequested()) {
                return refuse(Articles.HEARING_REQUEST, "当事人未申请听证");
            }
            boolean investigator = ctx.kase().officers().stream().anyMatch(o -> o.officerId() == presiding);
            return investigator ? refuse("听证主持人不得由本案调查人员担任") : PolicyDecision.allowed();
        }
    }

    /** A hearing record is made only for a hearing whose notice was served, on or after its date (第六十四条). */
    public static class Held implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.HEARING_HELD;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var h = ctx.kase().notice().hearing();
            if (h == null) {
                return refuse("尚未安排听证");
            }
            if (h.noticeService() == null) {
                return refuse(Articles.HEARING_NOTICE, "听证通知书尚未送达当事人");
            }
            if (ctx.on().isBefore(h.at().toLocalDate())) {
                return refuse("听证定于" + h.at().toLocalDate() + "举行，尚未到听证日期");
            }
            if (h.heldOn() != null) {
                return refuse("听证已于" + h.heldOn() + "举行并制作笔录");
            }
            return PolicyDecision.allowed();
        }
    }

    /**
     * A case decided after a hearing is reviewed by the legal reviewer after the hearing and before the decision
     * (第五十八条第一款第（二）项): a review made before the notice does not cover the hearing.
     */
    public static class ReviewedAfterHearing implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.HEARING_REVIEWED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var h = ctx.kase().notice().hearing();
            if (h == null || h.heldOn() == null || h.attendance() == Attendance.ABSENT) {
                return PolicyDecision.allowed();
            }
            return ctx.kase().review().passed(Stage.AFTER_HEARING, h.heldOn()) ? PolicyDecision.allowed()
                    : refuse("经过听证程序的案件，应当在听证后、作出决定前经法制审核并通过（" + h.heldOn() + "听证后尚无通过的审核）");
        }
    }

    /** After a hearing the decision is made on the basis of the hearing record (第六十五条). */
    public static class RecordCited implements CaseGuard {
        @Override
        public GuardName name() {
            return GuardName.HEARING_RECORD_CITED;
        }

        @Override
        public PolicyDecision check(GuardContext ctx) {
            var h = ctx.kase().notice().hearing();
            boolean cited = ctx.input(InputFacts.CitingHearing.class)
                    .map(c -> Boolean.TRUE.equals(c.citesHearingRecord())).orElse(false);
            if (h != null && h.heldOn() != null && h.attendance() != Attendance.ABSENT && !cited) {
                return refuse("听证结束后，行政机关应当根据听证笔录作出决定（请确认决定依据听证笔录）");
            }
            return PolicyDecision.allowed();
        }
    }
}
