package org.zhifa.publicity;

import java.time.YearMonth;
import java.util.Collection;

/**
 * Complaints and reports (投诉举报) received in a month about the given units (the unit the complainant named), for
 * the statistics report; months in Beijing time.
 */
public interface ComplaintStatistics {

    Figures monthly(YearMonth month, Collection<Long> unitIds);

    /** Received in the month; of them answered (受理答复) by now; of them through the private-enterprise green channel. */
    record Figures(long received, long acknowledged, long greenChannel) {
    }
}
