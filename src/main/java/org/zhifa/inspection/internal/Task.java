package org.zhifa.inspection.internal;

import java.util.List;
import org.zhifa.inspection.TargetKind;

/** An object drawn for inspection and the inspectors drawn for it. */
public record Task(long id, long drawId, long planId, String planTitle, long targetId, String targetName,
        TargetKind targetKind, long unitId, String stratum, int rank, List<Officer> officers, String status,
        Long inspectionId) {

    /** An inspector of the task. */
    public record Officer(long id, String name) {
    }

    public String statusLabel() {
        return switch (status) {
            case "ASSIGNED" -> "待检查";
            case "UNSTAFFED" -> "可分配人员不足";
            case "DONE" -> "已检查";
            default -> "已取消";
        };
    }

    public String officerNames() {
        return String.join("、", officers.stream().map(Officer::name).toList());
    }
}
