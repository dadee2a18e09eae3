package org.zhifa.common;

/** Thrown when a rule refuses a step; rendered as 422 problem+json with the article. */
public class RuleViolationException extends RuntimeException {

    private final transient Rejection rejection;

    public RuleViolationException(Rejection rejection) {
        super(rejection.text());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
