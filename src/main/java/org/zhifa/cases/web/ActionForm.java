package org.zhifa.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.cases.domain.TransitionRequest;

/** The posted action form of the case page, turned into the same request the API receives. */
public class ActionForm {

    private Integer version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String reason;
    private String toState;
    private String recordKind;
    private String content;
    private Long clockId;
    private String outcome;
    private List<String> penaltyKinds;
    private BigDecimal amountYuan;
    private boolean complexCase;
    private boolean hearingRightStated;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hearingDate;
    private Long presidingOfficerId;
    private String opinion;
    private String problems;
    private String attendees;
    private String conclusion;
    private boolean citesHearingRecord;
    private boolean educationRecorded;
    private boolean commitmentSigned;
    private String serviceMethod;
    private boolean addressConfirmed;
    private String paymentChannel;
    private String paymentReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDueDate;
    private String pauseKind;
    private boolean collectiveDecision;
    private String recipient;
    private Long officerId;
    private String instalments;

    TransitionRequest toRequest() {
        return new TransitionRequest(version, date, blank(reason), blank(toState), blank(recordKind), blank(content),
                clockId, blank(outcome), penaltyKinds == null ? null : new LinkedHashSet<>(penaltyKinds), amountYuan,
                complexCase, hearingRightStated, hearingDate, presidingOfficerId, blank(opinion), lines(problems),
                lines(attendees), blank(conclusion), citesHearingRecord, educationRecorded, commitmentSigned,
                blank(serviceMethod), addressConfirmed, blank(paymentChannel), blank(paymentReference), newDueDate,
                blank(pauseKind), collectiveDecision, blank(recipient), officerId, instalmentLines(instalments));
    }

    /** One instalment per line: "2026-12-31 500" (due date, amount in yuan; a comma or full-width space also works). */
    static List<TransitionRequest.Instalment> instalmentLines(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<TransitionRequest.Instalment> out = new java.util.ArrayList<>();
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            String[] parts = line.trim().split("[\\s,，、\u3000]+");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException();
                }
                out.add(new TransitionRequest.Instalment(LocalDate.parse(parts[0]),
                        new BigDecimal(parts[1].replace("元", ""))));
            } catch (RuntimeException e) {
                throw new org.zhifa.common.InvalidInputException("分期安排第" + n + "行格式不正确",
                        java.util.Map.of("instalments", "第" + n + "行应为“缴款期限 金额”，如 2026-12-31 500"));
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<String> lines(String s) {
        return s == null ? null : Arrays.stream(s.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public void setReason(String reason) { this.reason = reason; }
    public void setToState(String toState) { this.toState = toState; }
    public void setRecordKind(String recordKind) { this.recordKind = recordKind; }
    public void setContent(String content) { this.content = content; }
    public void setClockId(Long clockId) { this.clockId = clockId; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public void setPenaltyKinds(List<String> penaltyKinds) { this.penaltyKinds = penaltyKinds; }
    public void setAmountYuan(BigDecimal amountYuan) { this.amountYuan = amountYuan; }
    public void setComplexCase(boolean complexCase) { this.complexCase = complexCase; }
    public void setHearingRightStated(boolean v) { this.hearingRightStated = v; }
    public void setHearingDate(LocalDate hearingDate) { this.hearingDate = hearingDate; }
    public void setPresidingOfficerId(Long presidingOfficerId) { this.presidingOfficerId = presidingOfficerId; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public void setProblems(String problems) { this.problems = problems; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public void setCitesHearingRecord(boolean v) { this.citesHearingRecord = v; }
    public void setEducationRecorded(boolean v) { this.educationRecorded = v; }
    public void setCommitmentSigned(boolean v) { this.commitmentSigned = v; }
    public void setServiceMethod(String serviceMethod) { this.serviceMethod = serviceMethod; }
    public void setAddressConfirmed(boolean v) { this.addressConfirmed = v; }
    public void setPaymentChannel(String paymentChannel) { this.paymentChannel = paymentChannel; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public void setNewDueDate(LocalDate newDueDate) { this.newDueDate = newDueDate; }
    public void setPauseKind(String pauseKind) { this.pauseKind = pauseKind; }
    public void setCollectiveDecision(boolean v) { this.collectiveDecision = v; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public void setOfficerId(Long officerId) { this.officerId = officerId; }
    public String getInstalments() { return instalments; }
    public void setInstalments(String instalments) { this.instalments = instalments; }
}
