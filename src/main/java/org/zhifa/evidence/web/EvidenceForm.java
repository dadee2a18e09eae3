package org.zhifa.evidence.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhifa.evidence.internal.EvidenceInput;

/** Form fields of the upload and correction pages (and of the multipart API). */
public class EvidenceForm {

    private String kind;
    private String title;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime collectedAt;
    private String place;
    private String device;
    private boolean continuousRecording;
    private String targetType;
    private String targetId;
    private String reason;

    EvidenceInput toInput() {
        List<EvidenceInput.Target> links = new ArrayList<>();
        if (targetId != null && !targetId.isBlank()) {
            links.add(new EvidenceInput.Target(targetType, targetId));
        }
        return new EvidenceInput(kind, title, description, collectedAt, place, device, continuousRecording, links);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getCollectedAt() {
        return collectedAt;
    }

    public void setCollectedAt(LocalDateTime collectedAt) {
        this.collectedAt = collectedAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public boolean isContinuousRecording() {
        return continuousRecording;
    }

    public void setContinuousRecording(boolean continuousRecording) {
        this.continuousRecording = continuousRecording;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
