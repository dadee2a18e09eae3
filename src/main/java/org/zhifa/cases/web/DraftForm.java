package org.zhifa.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.cases.internal.CaseDraft;

/** The registration and field forms; discretion facts are typed as "key=value" lines. */
public class DraftForm {

    private String source = "INSPECTION";
    private String violationCodes;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate discoveredOn;
    private String place;
    private String facts;
    private String partyKind = "CITIZEN";
    private String partyName;
    private String partyIdNumber;
    private String partyAddress;
    private String partyPhone;
    private String plateNumber;
    private List<Long> officerIds;
    private String discretionFacts;
    private List<String> penaltyKinds;
    private BigDecimal amountYuan;
    private String partyStatement;
    private boolean partySigned = true;
    private String refusalNote;
    private boolean collectOnSpot;
    private boolean remoteArea;

    CaseDraft toDraft() {
        return new CaseDraft(null, source, null, violationCodes == null ? List.of()
                : Arrays.stream(violationCodes.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList(),
                actDate, null, place, null, null, discoveredOn, facts, false, partyKind, partyName, partyIdNumber,
                partyAddress, partyPhone, plateNumber, officerIds,
                penaltyKinds == null ? null : new LinkedHashSet<>(penaltyKinds), amountYuan, partyStatement,
                partySigned, refusalNote, collectOnSpot, remoteArea, facts(discretionFacts));
    }

    /** "damage_area_m2=10" → 10 (number), "true"/"false" → boolean, other text as is. */
    static Map<String, Object> facts(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            if ("true".equalsIgnoreCase(value) || "是".equals(value)) {
                m.put(key, true);
            } else if ("false".equalsIgnoreCase(value) || "否".equals(value)) {
                m.put(key, false);
            } else if (value.matches("-?\\d+(\\.\\d+)?")) {
                m.put(key, new BigDecimal(value));
            } else {
                m.put(key, value);
            }
        }
        return m;
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getViolationCodes() { return violationCodes; }
    public void setViolationCodes(String violationCodes) { this.violationCodes = violationCodes; }
    public LocalDate getActDate() { return actDate; }
    public void setActDate(LocalDate actDate) { this.actDate = actDate; }
    public LocalDate getDiscoveredOn() { return discoveredOn; }
    public void setDiscoveredOn(LocalDate discoveredOn) { this.discoveredOn = discoveredOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getPartyKind() { return partyKind; }
    public void setPartyKind(String partyKind) { this.partyKind = partyKind; }
    public String getPartyName() { return partyName; }
    public void setPartyName(String partyName) { this.partyName = partyName; }
    public String getPartyIdNumber() { return partyIdNumber; }
    public void setPartyIdNumber(String partyIdNumber) { this.partyIdNumber = partyIdNumber; }
    public String getPartyAddress() { return partyAddress; }
    public void setPartyAddress(String partyAddress) { this.partyAddress = partyAddress; }
    public String getPartyPhone() { return partyPhone; }
    public void setPartyPhone(String partyPhone) { this.partyPhone = partyPhone; }
    public String getPlateNumber() { return plateNumber; }
    public void setPlateNumber(String plateNumber) { this.plateNumber = plateNumber; }
    public List<Long> getOfficerIds() { return officerIds; }
    public void setOfficerIds(List<Long> officerIds) { this.officerIds = officerIds; }
    public String getDiscretionFacts() { return discretionFacts; }
    public void setDiscretionFacts(String discretionFacts) { this.discretionFacts = discretionFacts; }
    public List<String> getPenaltyKinds() { return penaltyKinds; }
    public void setPenaltyKinds(List<String> penaltyKinds) { this.penaltyKinds = penaltyKinds; }
    public BigDecimal getAmountYuan() { return amountYuan; }
    public void setAmountYuan(BigDecimal amountYuan) { this.amountYuan = amountYuan; }
    public String getPartyStatement() { return partyStatement; }
    public void setPartyStatement(String partyStatement) { this.partyStatement = partyStatement; }
    public boolean isPartySigned() { return partySigned; }
    public void setPartySigned(boolean partySigned) { this.partySigned = partySigned; }
    public String getRefusalNote() { return refusalNote; }
    public void setRefusalNote(String refusalNote) { this.refusalNote = refusalNote; }
    public boolean isCollectOnSpot() { return collectOnSpot; }
    public void setCollectOnSpot(boolean collectOnSpot) { this.collectOnSpot = collectOnSpot; }
    public boolean isRemoteArea() { return remoteArea; }
    public void setRemoteArea(boolean remoteArea) { this.remoteArea = remoteArea; }
}
