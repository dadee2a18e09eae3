package org.zhifa.common;

import java.util.Objects;

/**
 * A refusal by a rule of law or of policy: the article that forbids the step and a Chinese explanation.
 *
 * @param article the provision as printed, e.g. {@code 《行政处罚法》第五十一条}
 * @param message what is refused and why, in Chinese
 * @param basis   the provision as a value when the refusal is under law (null for a policy such as 三员分立 or
 *                数据范围 that is not one article)
 */
public record Rejection(String article, String message, LegalBasis basis) {

    public Rejection {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(message, "message");
    }

    /** A refusal under a named policy that is not a single provision of law. */
    public static Rejection of(String article, String message) {
        return new Rejection(article, message, null);
    }

    /** A refusal under law: the article is the provision's text. */
    public static Rejection of(LegalBasis basis, String message) {
        return new Rejection(basis.text(), message, basis);
    }

    /** The text shown to users: the message followed by its basis. */
    public String text() {
        return message + "（依据：" + article + "）";
    }

    public RuleViolationException exception() {
        return new RuleViolationException(this);
    }
}
