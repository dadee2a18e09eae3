package org.zhifa.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the draw over random inputs. */
class DrawProperties {

    private static DrawInput input(int objects, int people, int ratioPerMille, int minimum, long shape) {
        java.util.Random r = new java.util.Random(shape);
        List<DrawObject> os = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            Set<String> blocked = r.nextInt(4) == 0 ? Set.of("G" + r.nextInt(3)) : Set.of();
            os.add(new DrawObject("T" + i, "S" + r.nextInt(3), "P" + r.nextInt(2), blocked));
        }
        List<DrawAssignee> as = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            as.add(new DrawAssignee("A" + i, "P" + r.nextInt(2), "G" + r.nextInt(3)));
        }
        Set<DrawConflict> cs = new HashSet<>();
        for (int i = 0; i < objects / 3 && people > 0; i++) {
            cs.add(new DrawConflict("T" + r.nextInt(objects), "A" + r.nextInt(people)));
        }
        List<StratumRule> rules = List.of(
                new StratumRule("S0", BigDecimal.valueOf(ratioPerMille, 3), minimum),
                new StratumRule("S1", BigDecimal.valueOf(1000 - ratioPerMille, 3), 0),
                new StratumRule("S2", BigDecimal.ONE, 0));
        return new DrawInput("P", 2, rules, os, as, cs);
    }

    @Property(tries = 200)
    void every_assignment_respects_pool_blocked_groups_and_conflicts(
            @ForAll @IntRange(min = 1, max = 60) int objects, @ForAll @IntRange(min = 0, max = 12) int people,
            @ForAll @IntRange(min = 0, max = 1000) int ratio, @ForAll @IntRange(min = 0, max = 5) int minimum,
            @ForAll long shape, @ForAll @Size(32) byte[] seedBytes) {
        DrawInput in = input(objects, people, ratio, minimum, shape);
        DrawSeed seed = DrawSeed.fromHex(java.util.HexFormat.of().formatHex(seedBytes));
        DrawResult result = RandomDraw.draw(in, seed);
        var objectsByKey = new java.util.HashMap<String, DrawObject>();
        in.objects().forEach(o -> objectsByKey.put(o.key(), o));
        var people2 = new java.util.HashMap<String, DrawAssignee>();
        in.assignees().forEach(a -> people2.put(a.key(), a));
        Set<String> seen = new HashSet<>();
        for (var s : result.selections()) {
            assertThat(seen.add(s.objectKey())).as("drawn once").isTrue();
            DrawObject o = objectsByKey.get(s.objectKey());
            assertThat(o.stratum()).isEqualTo(s.stratum());
            assertThat(s.assignees().size()).isIn(0, 2);
            assertThat(s.assignees()).doesNotHaveDuplicates();
            for (String k : s.assignees()) {
                DrawAssignee a = people2.get(k);
                assertThat(a.pool()).isEqualTo(o.pool());
                assertThat(o.blocked()).doesNotContain(a.group());
                assertThat(in.conflicts()).doesNotContain(new DrawConflict(o.key(), k));
            }
        }
        for (StratumRule rule : in.rules()) {
            long m = in.objects().stream().filter(o -> o.stratum().equals(rule.name())).count();
            long n = result.selections().stream().filter(s -> s.stratum().equals(rule.name())).count();
            assertThat(n).isEqualTo(rule.sampleSize((int) m));
        }
    }

    @Property(tries = 100)
    void the_manifest_round_trips_and_verifies(@ForAll @IntRange(min = 1, max = 40) int objects,
            @ForAll @IntRange(min = 0, max = 8) int people, @ForAll long shape, @ForAll @Size(32) byte[] seedBytes) {
        DrawInput in = input(objects, people, 300, 1, shape);
        DrawSeed seed = DrawSeed.fromHex(java.util.HexFormat.of().formatHex(seedBytes));
        DrawResult result = RandomDraw.draw(in, seed);
        String json = new DrawManifest(in, seed.commitment(), seed, result, List.of()).toJson();
        var report = DrawVerifier.verify(DrawManifest.parse(json));
        assertThat(report.consistent()).isTrue();
        assertThat(report.result().text()).isEqualTo(result.text());
    }
}
