package org.zhifa.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.zhifa.crypto.Sm3;

/** The rules of the draw (legal-rules §8; 处罚法 Art. 42, 43), each named after the rule. */
class RandomDrawTest {

    static final DrawSeed SEED = DrawSeed.fromHex("8f".repeat(32));

    static List<StratumRule> classRatios() {
        return List.of(new StratumRule("A", new BigDecimal("0.01"), 0), new StratumRule("B", new BigDecimal("0.10"), 0),
                new StratumRule("C", new BigDecimal("0.50"), 0), new StratumRule("D", new BigDecimal("0.80"), 0));
    }

    static List<DrawObject> objects(Map<String, Integer> perClass, String pool) {
        List<DrawObject> out = new ArrayList<>();
        int id = 1;
        for (var e : perClass.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                out.add(new DrawObject("T" + id++, e.getKey(), pool, Set.of()));
            }
        }
        return out;
    }

    static List<DrawAssignee> assignees(int n, String pool, String group) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new DrawAssignee("P" + i, pool, group)).toList();
    }

    @Test
    void ratios_draw_the_ceiling_of_each_credit_class_share() {
        var input = new DrawInput("R-1", 2, classRatios(),
                objects(Map.of("A", 250, "B", 95, "C", 7, "D", 10), "DLH"), assignees(6, "DLH", "DLH-ZF"), List.of());
        Map<String, Long> drawn = RandomDraw.draw(input, SEED).selections().stream()
                .collect(Collectors.groupingBy(DrawResult.Selection::stratum, Collectors.counting()));
        // 1 % of 250 = 2.5 → 3; 10 % of 95 = 9.5 → 10; 50 % of 7 = 3.5 → 4; 80 % of 10 = 8
        assertThat(drawn).containsExactlyInAnyOrderEntriesOf(Map.of("A", 3L, "B", 10L, "C", 4L, "D", 8L));
    }

    @Test
    void ratios_with_a_minimum_take_at_least_that_many_or_all_when_fewer() {
        var atLeastTen = new StratumRule("普通程序", BigDecimal.ZERO, 10);
        assertThat(atLeastTen.sampleSize(25)).isEqualTo(10);
        assertThat(atLeastTen.sampleSize(7)).isEqualTo(7);
        assertThat(new StratumRule("X", new BigDecimal("0.2"), 3).sampleSize(100)).isEqualTo(20);
        assertThat(new StratumRule("X", new BigDecimal("0.2"), 3).sampleSize(5)).isEqualTo(3);
        assertThat(new StratumRule("X", BigDecimal.ONE, 0).sampleSize(9)).isEqualTo(9);
        assertThat(new StratumRule("X", new BigDecimal("0.333333"), 0).sampleSize(3)).isEqualTo(1);
    }

    @Test
    void the_ratio_text_has_no_trailing_zeros() {
        assertThat(new StratumRule("B", new BigDecimal("0.100"), 0).ratioText()).isEqualTo("0.1");
        assertThat(new StratumRule("B", new BigDecimal("1.00"), 0).ratioText()).isEqualTo("1");
        assertThat(new StratumRule("B", new BigDecimal("0.000"), 0).ratioText()).isEqualTo("0");
        assertThatThrownBy(() -> new StratumRule("B", new BigDecimal("1.5"), 0)).hasMessageContaining("0 到 1");
        assertThatThrownBy(() -> new StratumRule("B", new BigDecimal("0.0000001"), 0)).hasMessageContaining("六位小数");
    }

    @Test
    void two_inspectors_are_assigned_to_every_drawn_object_and_they_are_different_people() {
        var input = new DrawInput("R-2", 2, classRatios(), objects(Map.of("C", 40, "D", 40), "DLH"),
                assignees(5, "DLH", "DLH-ZF"), List.of());
        var result = RandomDraw.draw(input, SEED);
        assertThat(result.selections()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.assignees()).hasSize(2);
            assertThat(Set.copyOf(s.assignees())).hasSize(2);
        });
    }

    @Test
    void two_inspectors_or_none_an_object_with_only_one_eligible_inspector_is_left_unstaffed() {
        var objects = List.of(new DrawObject("T1", "D", "DLH", Set.of("DLH-ZF")));
        var input = new DrawInput("R-3", 2, List.of(new StratumRule("D", BigDecimal.ONE, 0)), objects,
                List.of(new DrawAssignee("P1", "DLH", "DLH"), new DrawAssignee("P2", "DLH", "DLH-ZF")), List.of());
        var s = RandomDraw.draw(input, SEED).selections().get(0);
        assertThat(s.staffed()).isFalse();
        assertThat(s.assignees()).isEmpty();
    }

    @Test
    void recusal_a_declared_relation_is_never_assigned() {
        List<DrawObject> objects = objects(Map.of("D", 30), "DLH");
        List<DrawConflict> conflicts = objects.stream().map(o -> new DrawConflict(o.key(), "P1")).toList();
        var input = new DrawInput("R-4", 2, List.of(new StratumRule("D", BigDecimal.ONE, 0)), objects,
                assignees(4, "DLH", "DLH-ZF"), conflicts);
        assertThat(RandomDraw.draw(input, SEED).selections()).hasSize(30)
                .allSatisfy(s -> assertThat(s.assignees()).doesNotContain("P1").hasSize(2));
    }

    @Test
    void recusal_the_unit_that_inspected_last_time_is_blocked() {
        List<DrawObject> objects = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new DrawObject("T" + i, "D", "HX", Set.of("GEM-ZF"))).toList();
        List<DrawAssignee> people = new ArrayList<>(assignees(3, "HX", "GEM-ZF"));
        people.add(new DrawAssignee("Q1", "HX", "DLH-ZF"));
        people.add(new DrawAssignee("Q2", "HX", "DLH-ZF"));
        people.add(new DrawAssignee("Q3", "HX", "WL-ZF"));
        var input = new DrawInput("R-5", 2, List.of(new StratumRule("D", BigDecimal.ONE, 0)), objects, people,
                List.of());
        assertThat(RandomDraw.draw(input, SEED).selections())
                .allSatisfy(s -> assertThat(s.assignees()).allMatch(k -> k.startsWith("Q")).hasSize(2));
    }

    @Test
    void inspectors_are_only_assigned_within_their_pool() {
        List<DrawObject> objects = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            objects.add(new DrawObject("T" + i, "D", i % 2 == 0 ? "DLH" : "GEM", Set.of()));
        }
        List<DrawAssignee> people = new ArrayList<>(assignees(3, "DLH", "DLH-ZF"));
        people.add(new DrawAssignee("G1", "GEM", "GEM-ZF"));
        people.add(new DrawAssignee("G2", "GEM", "GEM-ZF"));
        var input = new DrawInput("R-6", 2, List.of(new StratumRule("D", BigDecimal.ONE, 0)), objects, people,
                List.of());
        for (var s : RandomDraw.draw(input, SEED).selections()) {
            boolean dlh = Integer.parseInt(s.objectKey().substring(1)) % 2 == 0;
            assertThat(s.assignees()).allMatch(k -> dlh ? k.startsWith("P") : k.startsWith("G"));
        }
    }

    @Test
    void the_result_depends_only_on_the_seed_and_the_sorted_lists_not_on_their_order() {
        List<DrawObject> objects = new ArrayList<>(objects(Map.of("A", 50, "B", 50, "C", 50), "DLH"));
        List<DrawAssignee> people = new ArrayList<>(assignees(9, "DLH", "DLH-ZF"));
        var a = RandomDraw.draw(new DrawInput("R-7", 2, classRatios(), objects, people, List.of()), SEED);
        Collections.shuffle(objects, new Random(1));
        Collections.shuffle(people, new Random(2));
        var b = RandomDraw.draw(new DrawInput("R-7", 2, classRatios(), objects, people, List.of()), SEED);
        assertThat(b.text()).isEqualTo(a.text());
        var other = RandomDraw.draw(new DrawInput("R-7", 2, classRatios(), objects, people, List.of()),
                DrawSeed.fromHex("8e" + "8f".repeat(31)));
        assertThat(other.text()).isNotEqualTo(a.text());
    }

    @Test
    void keys_are_sorted_by_utf8_bytes_not_by_java_string_order() {
        // UTF-16 puts U+1F600 (surrogates D83D DE00) before U+FF21; UTF-8 puts EF BC A1 before F0 9F 98 80
        String fullwidth = "Ａ";
        String emoji = new String(Character.toChars(0x1F600));
        assertThat(fullwidth.compareTo(emoji)).isPositive();
        assertThat(DrawSpec.UTF8_ORDER.compare(fullwidth, emoji)).isNegative();
        var input = new DrawInput("R-8", 0, List.of(new StratumRule("D", BigDecimal.ONE, 0)),
                List.of(new DrawObject(emoji, "D", "X", Set.of()), new DrawObject(fullwidth, "D", "X", Set.of())),
                List.of(), List.of());
        assertThat(input.objects()).extracting(DrawObject::key).containsExactly(fullwidth, emoji);
    }

    @Test
    void fields_with_a_tab_newline_or_comma_are_refused() {
        assertThatThrownBy(() -> new DrawObject("T\t1", "A", "X", Set.of())).hasMessageContaining("制表符");
        assertThatThrownBy(() -> new DrawAssignee("P1", "X", "a,b")).hasMessageContaining("逗号");
        assertThatThrownBy(() -> new DrawObject("", "A", "X", Set.of())).hasMessageContaining("不能为空");
    }

    @Test
    void an_input_without_a_rule_for_a_stratum_or_with_duplicate_keys_is_refused() {
        assertThatThrownBy(() -> new DrawInput("R", 2, List.of(), List.of(new DrawObject("T1", "A", "X", Set.of())),
                List.of(), List.of())).hasMessageContaining("没有抽取规则");
        assertThatThrownBy(() -> new DrawInput("R", 2, List.of(new StratumRule("A", BigDecimal.ONE, 0)),
                List.of(new DrawObject("T1", "A", "X", Set.of()), new DrawObject("T1", "A", "X", Set.of())),
                List.of(), List.of())).hasMessageContaining("重复");
        assertThatThrownBy(() -> new DrawInput("R", 2, List.of(new StratumRule("A", BigDecimal.ONE, 0)),
                List.of(new DrawObject("T1", "A", "X", Set.of())), List.of(),
                List.of(new DrawConflict("T1", "P9")))).hasMessageContaining("名单中没有");
    }

    @Test
    void uniform_rejects_words_at_or_above_the_largest_multiple_of_n() {
        // the limit 2^64 − (2^64 mod n) computed with unsigned longs equals the BigInteger definition
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        for (int n : new int[] {1, 2, 3, 5, 7, 10, 1000, 65_537, Integer.MAX_VALUE}) {
            long rem = Long.remainderUnsigned(-(long) n, n);
            assertThat(BigInteger.valueOf(rem)).isEqualTo(two64.mod(BigInteger.valueOf(n)));
        }
        DrawStream one = new DrawStream(new byte[32], new byte[32], DrawStream.label("x"));
        assertThat(one.uniform(1)).isZero();
    }

    @Test
    void every_candidate_is_equally_likely_over_many_seeds() {
        // one of ten drawn under 20,000 fixed seeds: each key near 2,000 (binomial sd ≈ 42; bounds at ±6 sd)
        var input = new DrawInput("U", 0, List.of(new StratumRule("D", new BigDecimal("0.1"), 0)),
                objects(Map.of("D", 10), "X"), List.of(), List.of());
        int[] counts = new int[11];
        for (int i = 0; i < 20_000; i++) {
            DrawSeed seed = DrawSeed.fromHex(HexFormat.of().formatHex(Sm3.digest(Integer.toString(i).getBytes())));
            String key = RandomDraw.draw(input, seed).selections().get(0).objectKey();
            counts[Integer.parseInt(key.substring(1))]++;
        }
        for (int k = 1; k <= 10; k++) {
            assertThat(counts[k]).as("T" + k).isBetween(1_750, 2_250);
        }
    }

    @Test
    void a_replacement_never_returns_a_withdrawn_or_current_member_and_is_recomputable() {
        List<DrawObject> objects = objects(Map.of("D", 5), "DLH");
        var input = new DrawInput("R-9", 2, List.of(new StratumRule("D", BigDecimal.ONE, 0)), objects,
                assignees(5, "DLH", "DLH-ZF"), List.of());
        var result = RandomDraw.draw(input, SEED);
        var first = result.selections().get(0);
        var w1 = new RandomDraw.Withdrawal(first.objectKey(), first.assignees().get(0), "与检查对象负责人系近亲属");
        var r1 = RandomDraw.replace(input, SEED, result, List.of(w1));
        String replacement = r1.get(0).replacement();
        assertThat(replacement).isNotNull().isNotIn(first.assignees());
        var w2 = new RandomDraw.Withdrawal(first.objectKey(), replacement, "曾在该企业任职");
        var r2 = RandomDraw.replace(input, SEED, result, List.of(w1, w2));
        assertThat(r2.get(0)).isEqualTo(r1.get(0));
        assertThat(r2.get(1).round()).isEqualTo(2);
        assertThat(r2.get(1).replacement()).isNotIn(first.assignees()).isNotEqualTo(replacement);
        assertThatThrownBy(() -> RandomDraw.replace(input, SEED, result,
                List.of(new RandomDraw.Withdrawal(first.objectKey(), "P99", "x")))).hasMessageContaining("未被分配");
    }

    @Test
    void the_seed_never_appears_in_its_string_form() {
        assertThat(SEED.toString()).doesNotContain(SEED.hex()).contains(SEED.commitment());
    }
}
