package org.zhifa.common;

import java.util.Objects;

/**
 * A refusal by a rule of law or of policy: the article that forbids the step and a Chinese explanation.
 *
 * @param article the provision, e.g. {@code 《行政处罚法》第五十一条}
 * @param message what is refused and why, in Chinese
 */
public record Rejection(String article, String message) {

    public Rejection {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(message, "message");
    }

    public static Rejection of(String article, String message) {
        return new Rejection(article, message);
    }

    /** The text shown to users: the message followed by its basis. */
    public String text() {
        return message + "（依据：" + article + "）";
    }

    public RuleViolationException exception() {
        return new RuleViolationException(this);
    }
}
