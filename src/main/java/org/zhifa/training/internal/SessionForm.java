package org.zhifa.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.training.TrainingCategory;
import org.zhifa.training.TrainingFormat;

/** A training session (培训课程) as typed by a user. */
public class SessionForm {

    private Long unitId;
    private String title;
    private LocalDate heldOn;
    private BigDecimal hours;
    private String category;
    private String form;
    private String organizer;
    private String location;
    private Long campaignId;

    public Map<String, String> check(LocalDate today) {
        Map<String, String> e = new LinkedHashMap<>();
        if (unitId == null) {
            e.put("unitId", "请选择组织单位");
        }
        if (title == null || title.isBlank()) {
            e.put("title", "请填写培训名称");
        } else if (title.trim().length() > 200) {
            e.put("title", "培训名称不能超过200个字");
        }
        if (heldOn == null) {
            e.put("heldOn", "请填写培训日期");
        } else if (heldOn.isAfter(today.plusYears(1))) {
            e.put("heldOn", "培训日期不正确");
        }
        if (hours == null) {
            e.put("hours", "请填写学时");
        } else if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("200")) > 0) {
            e.put("hours", "学时应大于0且不超过200");
        } else if (hours.stripTrailingZeros().scale() > 1) {
            e.put("hours", "学时最多保留一位小数");
        }
        if (TrainingCategory.parse(category).isEmpty()) {
            e.put("category", "请选择培训类别");
        }
        if (TrainingFormat.parse(form).isEmpty()) {
            e.put("form", "请选择培训方式");
        }
        return e;
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getForm() { return form; }
    public void setForm(String form) { this.form = form; }
    public String getOrganizer() { return organizer; }
    public void setOrganizer(String organizer) { this.organizer = organizer; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
}
