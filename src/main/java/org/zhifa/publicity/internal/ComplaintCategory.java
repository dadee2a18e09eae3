package org.zhifa.publicity.internal;

/** What a complaint or report is about (投诉举报). */
public enum ComplaintCategory {
    ENFORCEMENT_CONDUCT("执法行为投诉", false),
    VIOLATION_REPORT("违法行为举报", false),
    TRANSPORT_SERVICE("交通运输服务投诉", false),
    /** 方案 31: a separate green channel for private enterprises' complaints about enforcement */
    PRIVATE_ENTERPRISE("民营企业投诉绿色通道", true),
    OTHER("其他", false);

    private final String label;
    private final boolean greenChannel;

    ComplaintCategory(String label, boolean greenChannel) {
        this.label = label;
        this.greenChannel = greenChannel;
    }

    public String label() {
        return label;
    }

    public boolean greenChannel() {
        return greenChannel;
    }
}
