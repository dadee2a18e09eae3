package org.zhifa.audit;

/** Outcome of an audited action. */
public enum AuditResult {
    SUCCESS("成功"), FAILURE("失败"), REFUSED("拒绝");

    private final String label;

    AuditResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
