package org.zhifa.publicity.internal;

import java.time.Instant;
import org.zhifa.common.ChinaTime;

/** One entry of a publication's history with the full text as it stood (drafted, edited, published…). */
public record PublicationVersion(long id, long publicationId, int versionNo, String action, PublicText text,
        String note, String actor, Instant at) {

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    /** The time in Beijing time, to the minute. */
    public String atText() {
        return at == null ? "" : MINUTE.format(at);
    }

    public String actionLabel() {
        return switch (action) {
            case "DRAFTED" -> "生成草稿";
            case "EDITED" -> "修改文本";
            case "PUBLISHED" -> "发布";
            case "UPDATED" -> "更新发布";
            case "REVOKED" -> "决定撤销/变更";
            case "WITHDRAWN" -> "撤回";
            case "TAKEN_DOWN" -> "到期下架";
            default -> action;
        };
    }
}
