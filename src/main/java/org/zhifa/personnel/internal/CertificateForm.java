package org.zhifa.personnel.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhifa.personnel.EnforcementCategory;

/** A newly issued certificate (申领) as typed by a user. */
public class CertificateForm implements Serializable {

    private String number;
    private String issuingAuthority;
    private List<String> categories = new ArrayList<>();
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private String note;

    public Map<String, String> check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (OfficerForm.blank(number)) {
            errors.put("number", "请填写执法证号");
        } else if (number.trim().length() > 40) {
            errors.put("number", "执法证号不能超过40个字符");
        }
        if (OfficerForm.blank(issuingAuthority)) {
            errors.put("issuingAuthority", "请填写发证机关");
        }
        if (categories == null || categories.isEmpty()) {
            errors.put("categories", "请至少选择一个执法门类");
        } else if (categories.stream().anyMatch(c -> EnforcementCategory.parse(c).isEmpty())) {
            errors.put("categories", "执法门类不正确");
        }
        if (issuedOn == null) {
            errors.put("issuedOn", "请填写发证日期");
        } else if (issuedOn.isAfter(today)) {
            errors.put("issuedOn", "发证日期不能晚于今天");
        }
        if (expiresOn == null) {
            errors.put("expiresOn", "请填写有效期截止日期");
        } else if (issuedOn != null && !expiresOn.isAfter(issuedOn)) {
            errors.put("expiresOn", "有效期截止日期须晚于发证日期");
        }
        return errors;
    }

    public Set<EnforcementCategory> categorySet() {
        Set<EnforcementCategory> set = EnumSet.noneOf(EnforcementCategory.class);
        categories.forEach(c -> EnforcementCategory.parse(c).ifPresent(set::add));
        return set;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public void setIssuingAuthority(String issuingAuthority) { this.issuingAuthority = issuingAuthority; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
