package org.zhifa.nonsite;

import java.time.YearMonth;
import java.util.Collection;

/**
 * Monthly non-site figures for the statistics report: passages and over-limit detections of the units' devices
 * (from the per-device daily counters, never the detection table), clues first detected in the month, and cases
 * registered from confirmed clues in the month (by review date).
 */
public interface NonSiteStatistics {

    Figures monthly(YearMonth month, Collection<Long> unitIds);

    record Figures(long passages, long overLimit, long clues, long cases) {
    }
}
