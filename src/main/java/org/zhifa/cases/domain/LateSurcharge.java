package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 加处罚款 (《行政处罚法》第七十二条第一款第（一）项; 《行政强制法》第四十五条): 3 % of the fine for every day after the
 * due date, never more than the fine, and not counted while reconsideration or litigation is pending
 * (《行政处罚法》第七十三条). Pure.
 */
public final class LateSurcharge {

    public static final org.zhifa.common.LegalBasis ARTICLE = org.zhifa.cases.rules.Articles.LATE_SURCHARGE;
    /** 3 % per day, in basis points. */
    public static final int RATE_BASIS_POINTS = 300;

    private LateSurcharge() {
    }

    /** A closed or open period of pending reconsideration/litigation (end null = still pending). */
    public record Pause(LocalDate start, LocalDate end) {
    }

    /** The counted days and the surcharge in fen, as of {@code asOf}. */
    public record Result(long days, long surchargeFen, boolean capped) {
    }

    public static Result compute(long fineFen, LocalDate dueDate, LocalDate asOf, List<Pause> pauses) {
        if (fineFen <= 0 || dueDate == null || !asOf.isAfter(dueDate)) {
            return new Result(0, 0, false);
        }
        long days = 0;
        for (LocalDate d = dueDate.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            if (!paused(d, pauses)) {
                days++;
            }
            if (days * RATE_BASIS_POINTS >= 10_000) {
                break; // the cap is reached after 34 days; no need to walk further
            }
        }
        long raw = Math.multiplyExact(fineFen, days) * RATE_BASIS_POINTS / 10_000;
        boolean capped = raw >= fineFen;
        return new Result(days, Math.min(raw, fineFen), capped);
    }

    private static boolean paused(LocalDate d, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (!d.isBefore(p.start()) && (p.end() == null || !d.isAfter(p.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Days between two dates, for display. */
    public static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
