package org.zhifa.draw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published record of a draw as one JSON document (docs/random-draw.md §8): the input, the commitment and header
 * hash published before the draw, and — once drawn — the seed, the result, its hash and the replacements. The public
 * page serves it; {@code verify-draw} and the page's own script recompute everything from it.
 *
 * @param input        the frozen input
 * @param commitment   SM3 of the seed, published before the draw
 * @param seed         the revealed seed, or null before the draw
 * @param result       the result, or null before the draw
 * @param replacements replacements recorded after the draw (empty when none)
 */
public record DrawManifest(DrawInput input, String commitment, DrawSeed seed, DrawResult result,
        List<Replacement> replacements) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public DrawManifest {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("algorithm", DrawSpec.ALGORITHM);
        root.put("draw", input.reference());
        root.put("assign", input.assignCount());
        ArrayNode strata = root.putArray("strata");
        for (StratumRule r : input.rules()) {
            ObjectNode n = strata.addObject();
            n.put("name", r.name());
            n.put("ratio", r.ratioText());
            n.put("min", r.minimum());
        }
        ArrayNode objects = root.putArray("objects");
        input.objects().forEach(o -> {
            ArrayNode a = objects.addArray();
            a.add(o.key()).add(o.stratum()).add(o.pool());
            ArrayNode blocked = a.addArray();
            o.blocked().forEach(blocked::add);
        });
        ArrayNode assignees = root.putArray("assignees");
        input.assignees().forEach(x -> assignees.addArray().add(x.key()).add(x.pool()).add(x.group()));
        ArrayNode conflicts = root.putArray("conflicts");
        input.conflicts().forEach(c -> conflicts.addArray().add(c.objectKey()).add(c.assigneeKey()));
        root.put("header", input.header());
        root.put("headerHash", input.headerHashHex());
        root.put("commitment", commitment);
        root.put("seed", seed == null ? null : seed.hex());
        if (result != null) {
            ArrayNode sel = root.putArray("result");
            for (DrawResult.Selection s : result.selections()) {
                ObjectNode n = sel.addObject();
                n.put("stratum", s.stratum());
                n.put("rank", s.rank());
                n.put("object", s.objectKey());
                ArrayNode as = n.putArray("assignees");
                s.assignees().forEach(as::add);
            }
            root.put("resultHash", result.hash());
        } else {
            root.putNull("result");
            root.putNull("resultHash");
        }
        ArrayNode rep = root.putArray("replacements");
        for (Replacement r : replacements) {
            ObjectNode n = rep.addObject();
            n.put("object", r.objectKey());
            n.put("round", r.round());
            n.put("withdrawn", r.withdrawn());
            n.put("replacement", r.replacement());
            n.put("reason", r.reason());
        }
        return JSON.writeValueAsString(root);
    }

    /**
     * Reads a manifest as published. The input is rebuilt from the lists (and sorted again); the published header,
     * hashes, result and replacements are returned as {@link Published} so that a verifier compares them with what it
     * recomputes instead of trusting them.
     *
     * @throws IllegalArgumentException (Chinese message) when the document is not a {@value DrawSpec#ALGORITHM} manifest
     */
    public static Published parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("抽取记录不是有效的 JSON：" + e.getMessage());
        }
        if (!DrawSpec.ALGORITHM.equals(text(root, "algorithm"))) {
            throw new IllegalArgumentException("不支持的算法：" + text(root, "algorithm") + "（应为 " + DrawSpec.ALGORITHM + "）");
        }
        List<StratumRule> rules = new ArrayList<>();
        for (JsonNode n : array(root, "strata")) {
            rules.add(new StratumRule(text(n, "name"), new BigDecimal(text(n, "ratio")), n.path("min").asInt()));
        }
        List<DrawObject> objects = new ArrayList<>();
        for (JsonNode n : array(root, "objects")) {
            LinkedHashSet<String> blocked = new LinkedHashSet<>();
            n.path(3).forEach(b -> blocked.add(b.asString()));
            objects.add(new DrawObject(n.path(0).asString(), n.path(1).asString(), n.path(2).asString(), blocked));
        }
        List<DrawAssignee> assignees = new ArrayList<>();
        for (JsonNode n : array(root, "assignees")) {
            assignees.add(new DrawAssignee(n.path(0).asString(), n.path(1).asString(), n.path(2).asString()));
        }
        List<DrawConflict> conflicts = new ArrayList<>();
        for (JsonNode n : array(root, "conflicts")) {
            conflicts.add(new DrawConflict(n.path(0).asString(), n.path(1).asString()));
        }
        DrawInput input = new DrawInput(text(root, "draw"), root.path("assign").asInt(), rules, objects, assignees,
                conflicts);
        List<DrawResult.Selection> selections = null;
        if (root.path("result").isArray()) {
            selections = new ArrayList<>();
            for (JsonNode n : root.path("result")) {
                List<String> as = new ArrayList<>();
                n.path("assignees").forEach(a -> as.add(a.asString()));
                selections.add(new DrawResult.Selection(text(n, "stratum"), n.path("rank").asInt(), text(n, "object"), as));
            }
        }
        List<Replacement> replacements = new ArrayList<>();
        for (JsonNode n : array(root, "replacements")) {
            replacements.add(new Replacement(text(n, "object"), n.path("round").asInt(), text(n, "withdrawn"),
                    text(n, "replacement"), text(n, "reason")));
        }
        String seed = text(root, "seed");
        return new Published(input, text(root, "header"), text(root, "headerHash"), text(root, "commitment"),
                seed == null ? null : DrawSeed.fromHex(seed), selections, text(root, "resultHash"), replacements);
    }

    /** A manifest as read, before any check. */
    public record Published(DrawInput input, String header, String headerHash, String commitment, DrawSeed seed,
            List<DrawResult.Selection> selections, String resultHash, List<Replacement> replacements) {
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("字段 " + field + " 应为数组");
        }
        return v;
    }
}
