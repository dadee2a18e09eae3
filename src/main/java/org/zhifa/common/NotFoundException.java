package org.zhifa.common;

/** A requested object does not exist or is outside the caller's data scope (both answer 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
