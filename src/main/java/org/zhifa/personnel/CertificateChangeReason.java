package org.zhifa.personnel;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

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

    /**
     * The reason a JSON body names by its code ({@code SUSPENSION}, in any case) or its Chinese label ({@code 暂扣}); any
     * other text is refused with the accepted values.
     */
    @JsonCreator
    public static CertificateChangeReason of(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(t) || r.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("应为以下取值之一：" + String.join("、",
                        Arrays.stream(values()).map(r -> r.name() + "（" + r.label + "）").toList())));
    }
}
