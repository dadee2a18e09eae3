package org.zhifa.publicity;

/** The life of a published decision (legal-rules §6: publish, update, withdraw, take down). */
public enum PublicationState {
    DRAFT("待发布"),
    PUBLISHED("已公示"),
    UPDATED("已更新"),
    WITHDRAWN("已撤回"),
    TAKEN_DOWN("已下架");

    private final String label;

    PublicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public sees the decision text. */
    public boolean publiclyVisible() {
        return this == PUBLISHED || this == UPDATED;
    }

    /** Whether the record is still in force (not withdrawn or taken down). */
    public boolean live() {
        return this == DRAFT || this == PUBLISHED || this == UPDATED;
    }
}
