package org.zhifa.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw itself (docs/random-draw.md §5–§7): stratified selection of objects, then the assignees of every drawn
 * object, each by a partial Fisher–Yates shuffle driven by its own labelled stream of the seed. A deterministic
 * function of the seed and the frozen input: the same input and seed always give the same result, on any machine.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    public static DrawResult draw(DrawInput input, DrawSeed seed) {
        byte[] s = seed.bytes();
        byte[] h = input.headerHash();
        Eligibility eligibility = new Eligibility(input);
        Map<String, List<DrawObject>> byStratum = new LinkedHashMap<>();
        input.rules().forEach(r -> byStratum.put(r.name(), new ArrayList<>()));
        input.objects().forEach(o -> byStratum.get(o.stratum()).add(o));
        List<DrawResult.Selection> selections = new ArrayList<>();
        for (StratumRule rule : input.rules()) {
            List<DrawObject> population = byStratum.get(rule.name());
            List<DrawObject> drawn = pick(population, rule.sampleSize(population.size()),
                    new DrawStream(s, h, DrawStream.label("select", rule.name())));
            for (int i = 0; i < drawn.size(); i++) {
                DrawObject o = drawn.get(i);
                List<String> assigned = List.of();
                if (input.assignCount() > 0) {
                    List<DrawAssignee> eligible = eligibility.of(o, Set.of());
                    if (eligible.size() >= input.assignCount()) {
                        assigned = pick(eligible, input.assignCount(),
                                new DrawStream(s, h, DrawStream.label("assign", o.key())))
                                .stream().map(DrawAssignee::key).toList();
                    }
                }
                selections.add(new DrawResult.Selection(rule.name(), i + 1, o.key(), assigned));
            }
        }
        return new DrawResult(input.headerHashHex(), seed.hex(), selections);
    }

    /** A withdrawal to be replaced: the object and the assignee who withdraws, with the reason. */
    public record Withdrawal(String objectKey, String assigneeKey, String reason) {
    }

    /**
     * Replaces withdrawn assignees, in the order given (§7). Each withdrawal adds the pair to the object's conflicts,
     * then one replacement is drawn from the eligible assignees not currently assigned to the object.
     *
     * @throws IllegalArgumentException when an object was not drawn or the assignee is not (or no longer) assigned
     */
    public static List<Replacement> replace(DrawInput input, DrawSeed seed, DrawResult result,
            List<Withdrawal> withdrawals) {
        byte[] s = seed.bytes();
        byte[] h = input.headerHash();
        Eligibility eligibility = new Eligibility(input);
        Map<String, DrawObject> objects = new HashMap<>();
        input.objects().forEach(o -> objects.put(o.key(), o));
        Map<String, List<String>> current = new HashMap<>();
        Map<String, Set<String>> withdrawnSoFar = new HashMap<>();
        Map<String, Integer> rounds = new HashMap<>();
        List<Replacement> out = new ArrayList<>();
        for (Withdrawal w : withdrawals) {
            DrawResult.Selection sel = result.find(w.objectKey())
                    .orElseThrow(() -> new IllegalArgumentException("该对象未被抽中：" + w.objectKey()));
            List<String> team = current.computeIfAbsent(w.objectKey(), k -> new ArrayList<>(sel.assignees()));
            int position = team.indexOf(w.assigneeKey());
            if (position < 0) {
                throw new IllegalArgumentException("该人员未被分配到此对象：" + w.assigneeKey());
            }
            Set<String> withdrawn = withdrawnSoFar.computeIfAbsent(w.objectKey(), k -> new HashSet<>());
            withdrawn.add(w.assigneeKey());
            int round = rounds.merge(w.objectKey(), 1, Integer::sum);
            Set<String> excluded = new HashSet<>(withdrawn);
            excluded.addAll(team);
            List<DrawAssignee> eligible = eligibility.of(objects.get(w.objectKey()), excluded);
            String replacement = null;
            if (!eligible.isEmpty()) {
                DrawStream stream = new DrawStream(s, h,
                        DrawStream.label("replace", w.objectKey(), Integer.toString(round)));
                replacement = eligible.get(stream.uniform(eligible.size())).key();
                team.set(position, replacement);
            } else {
                team.remove(position);
            }
            out.add(new Replacement(w.objectKey(), round, w.assigneeKey(), replacement, w.reason()));
        }
        return out;
    }

    /** Partial Fisher–Yates: the first {@code n} of a copy of {@code list} after n swap steps. */
    static <T> List<T> pick(List<T> list, int n, DrawStream stream) {
        List<T> a = new ArrayList<>(list);
        int m = a.size();
        for (int i = 0; i < n; i++) {
            int j = i + stream.uniform(m - i);
            Collections.swap(a, i, j);
        }
        return new ArrayList<>(a.subList(0, n));
    }

    /** Eligible assignees of an object, in key order: same pool, group not blocked, no conflict pair. */
    private static final class Eligibility {

        private final Map<String, List<DrawAssignee>> byPool = new HashMap<>();
        private final Map<String, Set<String>> conflicts = new HashMap<>();

        Eligibility(DrawInput input) {
            input.assignees().forEach(a -> byPool.computeIfAbsent(a.pool(), p -> new ArrayList<>()).add(a));
            input.conflicts().forEach(c -> conflicts.computeIfAbsent(c.objectKey(), k -> new HashSet<>())
                    .add(c.assigneeKey()));
        }

        List<DrawAssignee> of(DrawObject o, Set<String> alsoExcluded) {
            Set<String> pairs = conflicts.getOrDefault(o.key(), Set.of());
            Set<String> blocked = o.blocked().isEmpty() ? Set.of() : new HashSet<>(o.blocked());
            List<DrawAssignee> out = new ArrayList<>();
            for (DrawAssignee a : byPool.getOrDefault(o.pool(), List.of())) {
                if (!blocked.contains(a.group()) && !pairs.contains(a.key()) && !alsoExcluded.contains(a.key())) {
                    out.add(a);
                }
            }
            return out;
        }
    }
}
