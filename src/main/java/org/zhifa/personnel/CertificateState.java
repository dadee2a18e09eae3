package org.zhifa.personnel;

/**
 * States of an enforcement certificate (legal-rules §2). EXPIRED is never recorded: it is what a VALID
 * certificate becomes after its expiry date.
 */
public enum CertificateState {
    VALID("有效"),
    EXPIRED("已过期"),
    SUSPENDED("暂扣"),
    REVOKED("吊销"),
    CANCELLED("注销");

    private final String label;

    CertificateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Revoked and cancelled certificates can never be used again. */
    public boolean terminal() {
        return this == REVOKED || this == CANCELLED;
    }
}
