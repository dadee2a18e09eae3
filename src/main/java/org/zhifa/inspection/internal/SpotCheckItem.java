package org.zhifa.inspection.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhifa.inspection.TargetKind;
import org.zhifa.personnel.EnforcementCategory;

/**
 * An item of the 随机抽查事项清单: a matter of the enforcement catalogue, the kind of object it applies to, the method,
 * the quoted basis, the enforcement field an inspector's certificate must cover, and the checklist.
 */
public record SpotCheckItem(long id, long unitId, String unitName, String code, String name, String matterCode,
        String matterName, TargetKind targetKind, String method, String basis, EnforcementCategory category,
        boolean keyItem, String status, OffsetDateTime publishedAt, String withdrawnReason, int version,
        List<ChecklistLine> checklist) {

    /** One line of the checklist: what is checked and the article it checks. */
    public record ChecklistLine(long id, int position, String text, String article) {
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "PUBLISHED" -> "已公布";
            case "WITHDRAWN" -> "已撤回";
            default -> "草稿";
        };
    }
}
