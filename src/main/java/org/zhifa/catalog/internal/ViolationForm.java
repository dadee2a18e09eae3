package org.zhifa.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.RangeKind;
import org.zhifa.catalog.model.Violation;

/** Form for a violation: the two articles quoted exactly with their source and version, range in yuan. */
public class ViolationForm {

    private String code;
    private String name;
    private Long matterId;
    private String violatedRef;
    private String violatedText;
    private String violatedSource;
    private String violatedVersion;
    private String penaltyRef;
    private String penaltyText;
    private String penaltySource;
    private String penaltyVersion;
    private List<String> penaltyKinds = new ArrayList<>();
    private RangeKind rangeKind = RangeKind.FIXED;
    private String fineMinYuan;
    private String fineMaxYuan;
    private String rangeText;
    private List<String> partyTypes = new ArrayList<>(List.of("CITIZEN", "ORGANISATION"));
    private boolean compulsoryMeasures;
    private String compulsoryNote;
    private CatalogStatus status = CatalogStatus.IN_FORCE;
    private int version;

    public static ViolationForm of(Violation v) {
        ViolationForm f = new ViolationForm();
        f.code = v.code();
        f.name = v.name();
        f.matterId = v.matterId();
        f.violatedRef = v.violatedRef();
        f.violatedText = v.violatedText();
        f.violatedSource = v.violatedSource();
        f.violatedVersion = v.violatedVersion();
        f.penaltyRef = v.penaltyRef();
        f.penaltyText = v.penaltyText();
        f.penaltySource = v.penaltySource();
        f.penaltyVersion = v.penaltyVersion();
        f.penaltyKinds = new ArrayList<>(v.penaltyKinds().stream().map(Enum::name).sorted().toList());
        f.rangeKind = v.rangeKind();
        f.fineMinYuan = v.fineMinFen() == null ? null : Money.yuan(v.fineMinFen());
        f.fineMaxYuan = v.fineMaxFen() == null ? null : Money.yuan(v.fineMaxFen());
        f.rangeText = v.rangeText();
        f.partyTypes = new ArrayList<>(v.partyTypes().stream().map(Enum::name).sorted().toList());
        f.compulsoryMeasures = v.compulsoryMeasures();
        f.compulsoryNote = v.compulsoryNote();
        f.status = v.status();
        f.version = v.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getMatterId() { return matterId; }
    public void setMatterId(Long matterId) { this.matterId = matterId; }
    public String getViolatedRef() { return violatedRef; }
    public void setViolatedRef(String s) { this.violatedRef = s; }
    public String getViolatedText() { return violatedText; }
    public void setViolatedText(String s) { this.violatedText = s; }
    public String getViolatedSource() { return violatedSource; }
    public void setViolatedSource(String s) { this.violatedSource = s; }
    public String getViolatedVersion() { return violatedVersion; }
    public void setViolatedVersion(String s) { this.violatedVersion = s; }
    public String getPenaltyRef() { return penaltyRef; }
    public void setPenaltyRef(String s) { this.penaltyRef = s; }
    public String getPenaltyText() { return penaltyText; }
    public void setPenaltyText(String s) { this.penaltyText = s; }
    public String getPenaltySource() { return penaltySource; }
    public void setPenaltySource(String s) { this.penaltySource = s; }
    public String getPenaltyVersion() { return penaltyVersion; }
    public void setPenaltyVersion(String s) { this.penaltyVersion = s; }
    public List<String> getPenaltyKinds() { return penaltyKinds; }
    public void setPenaltyKinds(List<String> l) { this.penaltyKinds = l == null ? new ArrayList<>() : l; }
    public RangeKind getRangeKind() { return rangeKind; }
    public void setRangeKind(RangeKind rangeKind) { this.rangeKind = rangeKind; }
    public String getFineMinYuan() { return fineMinYuan; }
    public void setFineMinYuan(String s) { this.fineMinYuan = s; }
    public String getFineMaxYuan() { return fineMaxYuan; }
    public void setFineMaxYuan(String s) { this.fineMaxYuan = s; }
    public String getRangeText() { return rangeText; }
    public void setRangeText(String s) { this.rangeText = s; }
    public List<String> getPartyTypes() { return partyTypes; }
    public void setPartyTypes(List<String> l) { this.partyTypes = l == null ? new ArrayList<>() : l; }
    public boolean isCompulsoryMeasures() { return compulsoryMeasures; }
    public void setCompulsoryMeasures(boolean b) { this.compulsoryMeasures = b; }
    public String getCompulsoryNote() { return compulsoryNote; }
    public void setCompulsoryNote(String s) { this.compulsoryNote = s; }
    public CatalogStatus getStatus() { return status; }
    public void setStatus(CatalogStatus status) { this.status = status; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
