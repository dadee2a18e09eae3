package org.zhifa.evidence;

/** The statutory kinds of evidence (《行政处罚法》第四十六条). */
public enum EvidenceKind {
    DOCUMENTARY("书证"),
    PHYSICAL("物证"),
    AUDIO_VIDEO("视听资料"),
    ELECTRONIC_DATA("电子数据"),
    WITNESS_TESTIMONY("证人证言"),
    PARTY_STATEMENT("当事人陈述"),
    EXPERT_OPINION("鉴定意见"),
    INSPECTION_RECORD("勘验笔录、现场笔录");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
