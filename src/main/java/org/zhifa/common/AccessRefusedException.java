package org.zhifa.common;

/**
 * A permission refusal with its reason (e.g. 三员分立); answered 403 with the reason and its basis.
 */
public class AccessRefusedException extends RuntimeException {

    private final transient Rejection rejection;

    public AccessRefusedException(Rejection rejection) {
        super(rejection.text());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
