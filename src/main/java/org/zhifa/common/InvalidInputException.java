package org.zhifa.common;

import java.util.Map;

/** Bad input from a user; answered 400 with Chinese messages per field, never 500. */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
