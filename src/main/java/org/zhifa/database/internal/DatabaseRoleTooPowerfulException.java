package org.zhifa.database.internal;

/** The application connects as a role that could switch the append-only triggers off. */
class DatabaseRoleTooPowerfulException extends IllegalStateException {

    DatabaseRoleTooPowerfulException(String message) {
        super(message);
    }
}
