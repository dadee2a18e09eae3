package org.zhifa.cases.internal;

import java.time.LocalDate;

/**
 * Filters of the case list: unit, state, officer (personnel id), violation code, registration date range, overdue
 * clocks, and a keyword matching the case number, plate number or the start of the party's name.
 */
public record CaseFilter(Long unitId, String state, Long officerId, String violationCode, LocalDate from,
        LocalDate to, Boolean overdue, String q) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }
}
