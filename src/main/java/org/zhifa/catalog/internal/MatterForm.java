package org.zhifa.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.catalog.model.ChangeType;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.model.MatterKind;

/** Form for adding or changing a matter; every change records its type, date, reason and document (立改废释). */
public class MatterForm {

    private String code;
    private String name;
    private MatterKind kind = MatterKind.PENALTY;
    private String legalBasis;
    private String level;
    private List<Long> exercisingUnitIds = new ArrayList<>();
    private String exercisingNote;
    private int version;
    private ChangeType changeType = ChangeType.AMENDED;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changeDate;
    private String reason;
    private String document;

    public static MatterForm of(EnforcementMatter m) {
        MatterForm f = new MatterForm();
        f.code = m.code();
        f.name = m.name();
        f.kind = m.kind();
        f.legalBasis = m.legalBasis();
        f.level = m.level();
        f.exercisingUnitIds = new ArrayList<>(m.exercisingUnitIds());
        f.exercisingNote = m.exercisingNote();
        f.version = m.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MatterKind getKind() { return kind; }
    public void setKind(MatterKind kind) { this.kind = kind; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public List<Long> getExercisingUnitIds() { return exercisingUnitIds; }
    public void setExercisingUnitIds(List<Long> ids) { this.exercisingUnitIds = ids == null ? new ArrayList<>() : ids; }
    public String getExercisingNote() { return exercisingNote; }
    public void setExercisingNote(String exercisingNote) { this.exercisingNote = exercisingNote; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public ChangeType getChangeType() { return changeType; }
    public void setChangeType(ChangeType changeType) { this.changeType = changeType; }
    public LocalDate getChangeDate() { return changeDate; }
    public void setChangeDate(LocalDate changeDate) { this.changeDate = changeDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
}
