package org.zhifa.evidence.log;

/** What a log leaf attests; the code is byte 1 of the leaf (docs/evidence-log.md). */
public enum LeafKind {
    /** The content of a stored file. */
    FILE(1, "文件内容"),
    /** The canonical encoding of an evidence item's metadata. */
    METADATA(2, "证据元数据"),
    /** The canonical encoding of a link between an evidence item and a case, party, vehicle… */
    LINK(3, "证据关联");

    private final int code;
    private final String label;

    LeafKind(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static LeafKind ofCode(int code) {
        for (LeafKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown leaf kind " + code);
    }
}
