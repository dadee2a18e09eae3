package org.zhifa.draw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.zhifa.crypto.Sm3;

/**
 * The frozen input of one draw: its reference, how many assignees per object, the stratum rules and the three
 * candidate lists, each sorted by the UTF-8 bytes of its key (conflicts by the whole line). Its header text, whose
 * SM3 is published with the commitment before the draw, binds all of it (docs/random-draw.md §3).
 */
public final class DrawInput {

    private final String reference;
    private final int assignCount;
    private final List<StratumRule> rules;
    private final List<DrawObject> objects;
    private final List<DrawAssignee> assignees;
    private final List<DrawConflict> conflicts;
    private final byte[] objectsBytes;
    private final byte[] assigneesBytes;
    private final byte[] conflictsBytes;
    private final String header;
    private final byte[] headerHash;

    /**
     * @param reference   the draw's public reference, e.g. {@code DLH-2026-3-1}
     * @param assignCount assignees per drawn object (two inspectors: 处罚法 Art. 42); 0 draws objects only
     * @throws IllegalArgumentException (Chinese message) on duplicate keys, a stratum without a rule, a conflict naming
     *         an unknown key, or a field with a forbidden character
     */
    public DrawInput(String reference, int assignCount, Collection<StratumRule> rules, Collection<DrawObject> objects,
            Collection<DrawAssignee> assignees, Collection<DrawConflict> conflicts) {
        this.reference = DrawSpec.field(reference, "抽取编号");
        if (assignCount < 0) {
            throw new IllegalArgumentException("每个对象分配人数不能为负数");
        }
        this.assignCount = assignCount;
        this.rules = DrawSpec.sorted(rules, StratumRule::name);
        this.objects = DrawSpec.sorted(objects, DrawObject::key);
        this.assignees = DrawSpec.sorted(assignees, DrawAssignee::key);
        this.conflicts = DrawSpec.sorted(new java.util.LinkedHashSet<>(conflicts), DrawConflict::line);
        Set<String> ruleNames = unique(this.rules.stream().map(StratumRule::name).toList(), "层级规则");
        Set<String> objectKeys = unique(this.objects.stream().map(DrawObject::key).toList(), "对象编号");
        Set<String> assigneeKeys = unique(this.assignees.stream().map(DrawAssignee::key).toList(), "人员编号");
        for (DrawObject o : this.objects) {
            if (!ruleNames.contains(o.stratum())) {
                throw new IllegalArgumentException("层级“" + o.stratum() + "”没有抽取规则");
            }
        }
        for (DrawConflict c : this.conflicts) {
            if (!objectKeys.contains(c.objectKey()) || !assigneeKeys.contains(c.assigneeKey())) {
                throw new IllegalArgumentException("回避关系引用了名单中没有的编号：" + c.objectKey() + " / " + c.assigneeKey());
            }
        }
        this.objectsBytes = lines(this.objects.stream().map(DrawObject::line).toList());
        this.assigneesBytes = lines(this.assignees.stream().map(DrawAssignee::line).toList());
        this.conflictsBytes = lines(this.conflicts.stream().map(DrawConflict::line).toList());
        StringBuilder h = new StringBuilder();
        h.append(DrawSpec.ALGORITHM).append('\n');
        h.append("draw\t").append(this.reference).append('\n');
        h.append("assign\t").append(assignCount).append('\n');
        this.rules.forEach(r -> h.append(r.line()).append('\n'));
        h.append("objects\t").append(this.objects.size()).append('\t').append(Sm3.hex(objectsBytes)).append('\n');
        h.append("assignees\t").append(this.assignees.size()).append('\t').append(Sm3.hex(assigneesBytes)).append('\n');
        h.append("conflicts\t").append(this.conflicts.size()).append('\t').append(Sm3.hex(conflictsBytes)).append('\n');
        this.header = h.toString();
        this.headerHash = Sm3.digest(header.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String k : keys) {
            if (!seen.add(k)) {
                throw new IllegalArgumentException(what + "重复：" + k);
            }
        }
        return seen;
    }

    private static byte[] lines(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String l : lines) {
            out.writeBytes(DrawSpec.utf8(l));
            out.write('\n');
        }
        return out.toByteArray();
    }

    public String reference() {
        return reference;
    }

    public int assignCount() {
        return assignCount;
    }

    /** Rules sorted by stratum name. */
    public List<StratumRule> rules() {
        return rules;
    }

    /** Objects sorted by key. */
    public List<DrawObject> objects() {
        return objects;
    }

    /** Assignees sorted by key. */
    public List<DrawAssignee> assignees() {
        return assignees;
    }

    /** Conflicts sorted by line, without duplicates. */
    public List<DrawConflict> conflicts() {
        return conflicts;
    }

    /** The canonical bytes of the object list (each line followed by LF). */
    public byte[] objectsText() {
        return objectsBytes.clone();
    }

    public byte[] assigneesText() {
        return assigneesBytes.clone();
    }

    public byte[] conflictsText() {
        return conflictsBytes.clone();
    }

    /** The header text whose SM3 is published before the draw. */
    public String header() {
        return header;
    }

    public String headerHashHex() {
        return HexFormat.of().formatHex(headerHash);
    }

    byte[] headerHash() {
        return headerHash.clone();
    }
}
