package org.zhifa.personnel;

/** Why a certificate changed (证件管理：申领、年审、换证、暂扣、恢复、吊销、注销). */
public enum CertificateChangeReason {
    ISSUE("申领"),
    ANNUAL_REVIEW("年审"),
    RENEWAL("换证"),
    SUSPENSION("暂扣"),
    RESTORATION("恢复"),
    REVOCATION("吊销"),
    CANCELLATION("注销");

    private final String label;

    CertificateChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
