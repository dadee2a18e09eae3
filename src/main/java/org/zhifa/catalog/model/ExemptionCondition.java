package org.zhifa.catalog.model;

/**
 * A condition of an exemption item. {@code FIRST_OFFENCE} is computed from the prior violations the caller
 * supplies; every other key is answered true/false by the caller.
 */
public record ExemptionCondition(int ordinal, String key, String text) {

    public static final String FIRST_OFFENCE = "FIRST_OFFENCE";
}
