package org.zhifa.cases.internal;

/** A step the caller may ask for now (roles and handler checked; guards are evaluated when asked). */
public record NextAction(String name, String label, boolean destructive) {
}
