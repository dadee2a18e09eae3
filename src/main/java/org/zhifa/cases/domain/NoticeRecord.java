package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.domain.Choices.ReviewConclusion;
import org.zhifa.cases.domain.Choices.StatementForm;
import org.zhifa.cases.domain.Choices.WaiverForm;
import org.zhifa.catalog.PenaltyKind;

/**
 * 告知 and what follows it: the advance notice (违法行为通知书, 《行政处罚法》第四十四条) and its service, the statements
 * and their written reviews (第四十五条), the party's waivers — of the statement and of the hearing, separately — and
 * the hearing (第六十三条至第六十五条). Mutated only by {@link PenaltyCase}.
 */
public class NoticeRecord {

    String noticeNumber;
    LocalDate issuedOn;
    long notifiedAmountFen;
    Set<PenaltyKind> notifiedKinds = Set.of();
    String notifiedPenalty;
    boolean hearingApplies;
    ServiceFacts service;
    LocalDate servedOn;
    LocalDate statementDue;
    LocalDate hearingRequestDue;
    List<Statement> statements = new ArrayList<>();
    Waiver statementWaiver;
    Waiver hearingWaiver;
    LocalDate hearingRequestedOn;
    Hearing hearing;

    /** A statement or defence: by whom, when, how, what; and its written review once made. */
    public record Statement(int no, LocalDate receivedOn, StatementForm form, String statedBy, String text,
            boolean online, Review review) {

        Statement reviewed(Review r) {
            return new Statement(no, receivedOn, form, statedBy, text, online, r);
        }
    }

    /** The written review of a statement (采纳 / 部分采纳 / 不予采纳, with reasons). */
    public record Review(LocalDate on, String reviewer, ReviewConclusion conclusion, String reasons) {
    }

    /** An express waiver by the party, with how it was made and the words recorded. */
    public record Waiver(LocalDate on, WaiverForm form, String declaration) {
    }

    /**
     * The hearing: notice, its service, and the hearing itself once held. The people the 听证通知书 names (式样之十二):
     * the presiding officer, the hearing officers (听证员, none or more) and the recorder (记录员); hearings scheduled
     * before the recorder was recorded load with none. Once held, who recorded at the hearing ({@code recordedBy}, chosen
     * at record-hearing: the scheduled 记录员 or another officer); hearings held before it was recorded load with none.
     */
    public record Hearing(java.time.LocalDateTime at, String place, long presidingOfficerId, String presidingName,
            List<HearingPerson> hearingOfficers, HearingPerson recorder, Choices.HearingPublicity publicity,
            String noticeNumber, ServiceFacts noticeService, LocalDate heldOn, Choices.Attendance attendance,
            HearingPerson recordedBy) {

        public Hearing {
            hearingOfficers = hearingOfficers == null ? List.of() : List.copyOf(hearingOfficers);
        }

        Hearing served(ServiceFacts s) {
            return new Hearing(at, place, presidingOfficerId, presidingName, hearingOfficers, recorder, publicity,
                    noticeNumber, s, heldOn, attendance, recordedBy);
        }

        Hearing held(LocalDate on, Choices.Attendance a, HearingPerson by) {
            return new Hearing(at, place, presidingOfficerId, presidingName, hearingOfficers, recorder, publicity,
                    noticeNumber, noticeService, on, a, by);
        }

        /** The hearing officers' names joined as printed (张三、李四), or null when none was designated. */
        public String hearingOfficerNames() {
            return hearingOfficers.isEmpty() ? null
                    : String.join("、", hearingOfficers.stream().map(HearingPerson::name).toList());
        }
    }

    /** An officer designated for the hearing (听证员, 记录员): the officer record and the name as at scheduling. */
    public record HearingPerson(long officerId, String name) {
    }

    public String noticeNumber() { return noticeNumber; }
    public LocalDate issuedOn() { return issuedOn; }
    public long notifiedAmountFen() { return notifiedAmountFen; }
    public Set<PenaltyKind> notifiedKinds() { return notifiedKinds == null ? Set.of() : Set.copyOf(notifiedKinds); }
    public String notifiedPenalty() { return notifiedPenalty; }
    public boolean hearingApplies() { return hearingApplies; }
    public ServiceFacts service() { return service; }
    public LocalDate servedOn() { return servedOn; }
    public LocalDate statementDue() { return statementDue; }
    public LocalDate hearingRequestDue() { return hearingRequestDue; }
    public List<Statement> statements() { return List.copyOf(statements); }
    public Waiver statementWaiver() { return statementWaiver; }
    public Waiver hearingWaiver() { return hearingWaiver; }
    public LocalDate hearingRequestedOn() { return hearingRequestedOn; }
    public Hearing hearing() { return hearing; }

    public boolean issued() {
        return issuedOn != null;
    }

    public boolean served() {
        return servedOn != null;
    }

    public boolean hearingRequested() {
        return hearingRequestedOn != null;
    }

    public LocalDate hearingHeldOn() {
        return hearing == null ? null : hearing.heldOn();
    }

    /** A statement or defence was made or the hearing held: from now on the penalty may not be raised (Art. 45). */
    public boolean partyHasSpoken() {
        return !statements.isEmpty() || hearingHeldOn() != null;
    }

    public List<Statement> unreviewed() {
        return statements.stream().filter(s -> s.review() == null).toList();
    }

    void issue(String number, LocalDate on, Proposal p, boolean applies) {
        noticeNumber = number;
        issuedOn = on;
        notifiedAmountFen = p.amountFen();
        notifiedKinds = Set.copyOf(p.kinds());
        notifiedPenalty = p.penaltyText();
        hearingApplies = applies;
    }

    void serve(ServiceFacts s, LocalDate statementUntil, LocalDate hearingUntil) {
        service = s;
        servedOn = s.servedOn();
        statementDue = statementUntil;
        hearingRequestDue = hearingApplies ? hearingUntil : null;
    }

    void add(Statement s) {
        statements.add(s);
    }

    void review(int no, Review r) {
        statements.replaceAll(s -> s.no() == no ? s.reviewed(r) : s);
    }
}
