package org.zhifa.evidence.internal;

/**
 * The log key on disk does not fit the signed heads and keys recorded in the database (missing, replaced, or a
 * rotation left half done without its new key): the application refuses to start rather than sign with a key nobody
 * can tie to the earlier heads.
 */
public class LogKeyRefusedException extends IllegalStateException {

    private final String action;

    LogKeyRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** What the operator can do, in Chinese. */
    public String action() {
        return action;
    }
}
