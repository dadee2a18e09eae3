package org.zhifa.catalog.internal;

import java.util.stream.Collectors;
import org.zhifa.catalog.ExemptionOutcome;
import org.zhifa.catalog.model.ExemptionItem;

/** Form for an exemption item; conditions one per line as {@code KEY | 条件文字}. */
public class ExemptionForm {

    private String code;
    private String violationCode;
    private String title;
    private String listName;
    private String basis;
    private ExemptionOutcome outcome = ExemptionOutcome.MAY_WAIVE;
    private Integer lookbackMonths;
    private boolean active = true;
    private String conditions = "FIRST_OFFENCE | 首次实施违法行为\n";
    private int version;

    public static ExemptionForm of(ExemptionItem i) {
        ExemptionForm f = new ExemptionForm();
        f.code = i.code();
        f.violationCode = i.violationCode();
        f.title = i.title();
        f.listName = i.listName();
        f.basis = i.basis();
        f.outcome = i.outcome();
        f.lookbackMonths = i.lookbackMonths();
        f.active = i.active();
        f.conditions = i.conditions().stream().map(c -> c.key() + " | " + c.text()).collect(Collectors.joining("\n"));
        f.version = i.version();
        return f;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getViolationCode() { return violationCode; }
    public void setViolationCode(String violationCode) { this.violationCode = violationCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getListName() { return listName; }
    public void setListName(String listName) { this.listName = listName; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public ExemptionOutcome getOutcome() { return outcome; }
    public void setOutcome(ExemptionOutcome outcome) { this.outcome = outcome; }
    public Integer getLookbackMonths() { return lookbackMonths; }
    public void setLookbackMonths(Integer lookbackMonths) { this.lookbackMonths = lookbackMonths; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
