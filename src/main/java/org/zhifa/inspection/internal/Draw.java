package org.zhifa.inspection.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A draw of a plan: committed (lists frozen, commitment published), drawn (seed revealed, tasks created) or
 * superseded by a redraw (with the recorded reason; it stays published).
 */
public record Draw(long id, long planId, int number, String reference, String state, String commitment, String seed,
        String headerHash, String resultHash, int objectCount, int assigneeCount, Integer selectedCount,
        Integer unstaffedCount, List<Excluded> excluded, OffsetDateTime committedAt, String committedBy,
        OffsetDateTime drawnAt, String drawnBy, Long supersedesId, String supersededReason,
        OffsetDateTime supersededAt, String supersededBy) {

    /** An inspector of the directory left out of the assignee list, and why. */
    public record Excluded(String key, String name, String reason) {
    }

    public boolean drawn() {
        return seed != null;
    }

    public boolean superseded() {
        return "SUPERSEDED".equals(state);
    }

    public String stateLabel() {
        return switch (state) {
            case "COMMITTED" -> "已公布承诺，待抽取";
            case "DRAWN" -> "已抽取";
            default -> "已作废（重新抽取）";
        };
    }
}
