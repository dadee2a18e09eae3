package org.zhifa.nonsite;

/** The three outline dimensions limited by 62号令 第三条第一款第（一）至（三）项, with their limit in millimetres. */
public enum Dimension {
    HEIGHT("车货总高度", 4_000, "《超限运输车辆行驶公路管理规定》第三条第一款第（一）项", 1),
    WIDTH("车货总宽度", 2_550, "《超限运输车辆行驶公路管理规定》第三条第一款第（二）项", 2),
    LENGTH("车货总长度", 18_100, "《超限运输车辆行驶公路管理规定》第三条第一款第（三）项", 4);

    private final String label;
    private final int limitMm;
    private final String article;
    private final int bit;

    Dimension(String label, int limitMm, String article, int bit) {
        this.label = label;
        this.limitMm = limitMm;
        this.article = article;
        this.bit = bit;
    }

    public String label() {
        return label;
    }

    public int limitMm() {
        return limitMm;
    }

    public String article() {
        return article;
    }

    /** Bit of this dimension in a {@link OverLimitJudge#dimensionsOverMask} mask. */
    public int bit() {
        return bit;
    }
}
