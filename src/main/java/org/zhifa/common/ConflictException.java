package org.zhifa.common;

/**
 * The request does not fit the present state of the record (e.g. a step asked for in a state it does not start
 * from); answered 409 with a Chinese detail. Not a refusal under law: those are {@link RuleViolationException}.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
