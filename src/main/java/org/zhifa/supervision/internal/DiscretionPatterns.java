package org.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.zhifa.cases.CaseRecords.DiscretionStat;

/**
 * Discretion patterns (裁量畸轻畸重): a unit (or officer) whose share of fines at the top of the benchmark range, at its
 * bottom, or reduced below it exceeds {@code factor} times the share of all other units (officers) together, once it
 * has at least {@code minimum} decisions with a range.
 */
public final class DiscretionPatterns {

    public record Pattern(String kind, long id, String name, long unitId, String what, int count, int decisions,
            BigDecimal share, BigDecimal peerShare) {

        public String detail() {
            return what + " " + count + "/" + decisions + "（" + share + "%），同类 " + peerShare + "%";
        }
    }

    private DiscretionPatterns() {
    }

    public static List<Pattern> find(List<DiscretionStat> stats, BigDecimal factor, int minimum, Set<Long> unitIds) {
        List<Pattern> out = new ArrayList<>();
        for (String kind : List.of("UNIT", "OFFICER")) {
            List<DiscretionStat> group = stats.stream().filter(s -> s.kind().equals(kind)).toList();
            check(group, factor, minimum, "罚款处于基准区间顶端", DiscretionStat::atTop, out);
            check(group, factor, minimum, "罚款处于基准区间底端", DiscretionStat::atBottom, out);
            check(group, factor, minimum, "低于基准区间减轻处罚", DiscretionStat::reduced, out);
        }
        return out.stream().filter(p -> unitIds.contains(p.unitId())).toList();
    }

    private static void check(List<DiscretionStat> group, BigDecimal factor, int minimum, String what,
            ToIntFunction<DiscretionStat> count, List<Pattern> out) {
        int allDecisions = group.stream().mapToInt(DiscretionStat::decisions).sum();
        int allCount = group.stream().mapToInt(count).sum();
        for (DiscretionStat s : group) {
            int peers = allDecisions - s.decisions();
            if (s.decisions() < minimum || peers == 0) {
                continue;
            }
            int mine = count.applyAsInt(s);
            BigDecimal share = percent(mine, s.decisions());
            BigDecimal peerShare = percent(allCount - mine, peers);
            // peers at 0 %: any share above the factor's floor of one decision in the minimum counts
            BigDecimal threshold = peerShare.signum() == 0 ? percent(1, minimum).multiply(factor)
                    : peerShare.multiply(factor);
            if (mine > 0 && share.compareTo(threshold) > 0) {
                out.add(new Pattern(s.kind(), s.id(), s.name(), s.unitId(), what, mine, s.decisions(), share,
                        peerShare));
            }
        }
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
