package org.zhifa.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhifa.cases.CaseRecords.DiscretionStat;

/** Discretion patterns against peers: a share beyond the factor times the peers' share, with enough decisions. */
class DiscretionPatternsTest {

    static DiscretionStat unit(long id, int n, int top, int bottom, int reduced) {
        return new DiscretionStat("UNIT", id, "", id, n, top, bottom, reduced);
    }

    @Test
    void unitFiningAtTheTopFarMoreThanPeersIsAPattern() {
        var stats = List.of(unit(11, 20, 12, 1, 0), unit(21, 40, 4, 5, 1), unit(31, 40, 4, 6, 1));
        var found = DiscretionPatterns.find(stats, BigDecimal.valueOf(2), 10, Set.of(11L, 21L, 31L));
        assertThat(found).extracting(DiscretionPatterns.Pattern::id, DiscretionPatterns.Pattern::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, "罚款处于基准区间顶端"));
        assertThat(found.get(0).share()).isEqualByComparingTo("60.0");
        assertThat(found.get(0).peerShare()).isEqualByComparingTo("10.0");
    }

    @Test
    void reductionsOutnumberingPeersIsAPatternButTooFewDecisionsAreNotCompared() {
        var stats = List.of(unit(11, 12, 0, 6, 6), unit(21, 50, 5, 5, 1), unit(31, 9, 0, 9, 9));
        var found = DiscretionPatterns.find(stats, BigDecimal.valueOf(2), 10, Set.of(11L, 21L, 31L));
        assertThat(found).extracting(DiscretionPatterns.Pattern::id).contains(11L).doesNotContain(31L);
        assertThat(found).extracting(DiscretionPatterns.Pattern::what).contains("低于基准区间减轻处罚");
    }

    @Test
    void onlyUnitsInTheViewersScopeAreShown() {
        var stats = List.of(unit(11, 20, 12, 1, 0), unit(21, 40, 4, 5, 1));
        assertThat(DiscretionPatterns.find(stats, BigDecimal.valueOf(2), 10, Set.of(11L, 21L)))
                .extracting(DiscretionPatterns.Pattern::unitId).contains(11L);
        assertThat(DiscretionPatterns.find(stats, BigDecimal.valueOf(2), 10, Set.of(21L)))
                .extracting(DiscretionPatterns.Pattern::unitId).isNotEmpty().containsOnly(21L);
    }
}
