package org.zhifa.evidence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.common.Rejection;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.DualDigest;
import org.zhifa.identity.DataScope;

/**
 * Registers evidence: the item row, its links and their log entries commit in one transaction, so nothing exists
 * in the database without its place in the signed log. Reads apply the actor's data scope.
 */
@Service
public class EvidenceService {

    private final EvidenceRecords records;
    private final TransparencyLog log;
    private final DataScope dataScope;
    private final LinkTargets targets;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceService(EvidenceRecords records, TransparencyLog log, DataScope dataScope, LinkTargets targets,
            AuditTrail audit, Clock clock) {
        this.records = records;
        this.log = log;
        this.dataScope = dataScope;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file part of a new item: its digest and how it was named and typed by the uploader. */
    public record StoredFile(ContentDigest digest, String fileName, String mediaType) {
    }

    /**
     * Checks the input (400 with Chinese messages per field) and its link targets (403 for a target that does not
     * exist or lies outside the actor's data scope) before a file is stored.
     */
    public void check(EvidenceInput input, Actor actor) {
        input.validate(clock).links().forEach(t -> targets.require(t, actor));
    }

    @Transactional
    public EvidenceItem register(EvidenceInput input, StoredFile file, Actor actor) {
        EvidenceItem item = create(input.validate(clock), file, actor, null, null);
        audit.success("EVIDENCE_REGISTERED", "EVIDENCE", item.id(), "登记证据：" + item.kindLabel() + "「"
                + item.title() + "」" + (item.hasFile() ? "，文件 SM3 " + item.contentSm3() : ""));
        return item;
    }

    /**
     * Replaces a wrong item by a corrected one with a reason; both stay. Without a new file the corrected item keeps
     * the old file.
     */
    @Transactional
    public EvidenceItem supersede(long oldId, EvidenceInput input, StoredFile newFile, String reason, Actor actor) {
        EvidenceItem old = require(oldId, actor);
        String r = EvidenceInput.trim(reason);
        if (r == null) {
            throw new InvalidInputException("请填写更正原因", Map.of("reason", "请填写更正原因"));
        }
        if (r.length() > 500) {
            throw new InvalidInputException("更正原因不超过 500 字", Map.of("reason", "更正原因不超过 500 字"));
        }
        if (old.superseded()) {
            throw Rejection.of("《行政处罚法》第四十七条", "该证据已被更正（新证据编号 " + old.supersededById()
                    + "），请对最新版本操作").exception();
        }
        StoredFile file = newFile != null ? newFile
                : old.hasFile() ? new StoredFile(new ContentDigest(old.contentSm3(), old.contentSha256(),
                        old.contentSize()), old.fileName(), old.mediaType()) : null;
        EvidenceInput.Valid valid = input.validate(clock);
        if (valid.links().isEmpty()) {
            // The correction stands where the original stood.
            List<EvidenceInput.ValidTarget> carried = records.links(old.id()).stream()
                    .map(l -> new EvidenceInput.ValidTarget(l.targetType(), l.targetId(), l.targetName())).toList();
            valid = new EvidenceInput.Valid(valid.kind(), valid.title(), valid.description(), valid.collectedAt(),
                    valid.place(), valid.device(), valid.continuousRecording(), carried);
        }
        EvidenceItem created = create(valid, file, actor, old.id(), r);
        if (!records.markSuperseded(old.id(), created.id())) {
            throw Rejection.of("《行政处罚法》第四十七条", "该证据已被他人更正，请刷新后重试").exception();
        }
        audit.success("EVIDENCE_SUPERSEDED", "EVIDENCE", old.id(), "证据 " + old.id() + " 由新证据 " + created.id()
                + " 更正，原因：" + r);
        return created;
    }

    private EvidenceItem create(EvidenceInput.Valid v, StoredFile file, Actor actor, Long supersedes, String reason) {
        List<EvidenceInput.ValidTarget> links = v.links().stream().map(t -> targets.require(t, actor)).distinct()
                .toList();
        long id = records.nextItemId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceItem item = new EvidenceItem(id, v.kind(), v.title(), v.description(), actor.userId(),
                actor.displayName(), v.collectedAt(), v.place(), v.device(), v.continuousRecording(), actor.unitId(),
                actor.unitName(), file == null ? null : file.digest().sm3Hex(),
                file == null ? null : file.digest().sha256Hex(), file == null ? null : file.digest().size(),
                file == null ? null : mediaType(file.mediaType()), file == null ? null : fileName(file.fileName()),
                supersedes, reason, null, now);
        records.insert(item);
        List<TransparencyLog.NewEntry> entries = new ArrayList<>();
        if (file != null) {
            entries.add(new TransparencyLog.NewEntry(new EvidenceLeaf(LeafKind.FILE, id, file.digest().size(),
                    file.digest().sm3(), file.digest().sha256(), now.toEpochMilli()), null));
        }
        entries.add(new TransparencyLog.NewEntry(leafOf(LeafKind.METADATA, id, item.canonicalMetadata(), now), null));
        for (EvidenceInput.ValidTarget t : links) {
            EvidenceLink link = EvidenceLink.of(records.nextLinkId(), id, t, actor.userId(), actor.displayName(), now);
            records.insertLink(link);
            entries.add(new TransparencyLog.NewEntry(leafOf(LeafKind.LINK, id, link.canonical(), now), link.id()));
        }
        log.append(entries);
        return item;
    }

    @Transactional
    public EvidenceLink link(long evidenceId, EvidenceInput.ValidTarget requested, Actor actor) {
        EvidenceItem item = require(evidenceId, actor);
        EvidenceInput.ValidTarget target = targets.require(requested, actor);
        if (records.linkExists(item.id(), target.type(), target.id())) {
            throw new InvalidInputException("该证据已关联此对象", Map.of("targetId", "已关联"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceLink link = EvidenceLink.of(records.nextLinkId(), item.id(), target, actor.userId(),
                actor.displayName(), now);
        records.insertLink(link);
        log.append(List.of(new TransparencyLog.NewEntry(leafOf(LeafKind.LINK, item.id(), link.canonical(), now),
                link.id())));
        audit.success("EVIDENCE_LINKED", "EVIDENCE", item.id(), "证据关联" + target.type().label() + " " + target.id());
        return link;
    }

    static EvidenceLeaf leafOf(LeafKind kind, long id, String canonical, Instant at) {
        byte[] bytes = canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DualDigest d = new DualDigest();
        d.update(bytes, 0, bytes.length);
        ContentDigest digest = d.finish();
        return new EvidenceLeaf(kind, id, bytes.length, digest.sm3(), digest.sha256(), at.toEpochMilli());
    }

    /** The item if the actor's data scope covers its unit; 404 otherwise (existence is not revealed). */
    public EvidenceItem require(long id, Actor actor) {
        EvidenceItem item = records.find(id).orElseThrow(() -> new NotFoundException("证据不存在或不在您的数据范围内"));
        dataScope.requireVisible(actor, item.unitId());
        return item;
    }

    public List<EvidenceLink> links(long id) {
        return records.links(id);
    }

    public PageResult<EvidenceItem> search(EvidenceRecords.Filter filter, Actor actor, int page, int size) {
        return records.search(canonical(filter), dataScope.visibleUnitIds(actor), Math.max(0, page),
                PageResult.clampSize(size));
    }

    /** A record target as links store it: a case given by its case number is looked up by its id. */
    private EvidenceRecords.Filter canonical(EvidenceRecords.Filter f) {
        if (f.targetType() == null || !f.targetType().record() || f.targetId() == null || f.targetId().isBlank()) {
            return f;
        }
        return targets.find(f.targetType(), f.targetId())
                .map(t -> new EvidenceRecords.Filter(f.q(), f.kind(), f.targetType(), t.id(), f.currentOnly()))
                .orElse(f);
    }

    /**
     * How many items linked to the filter's target the actor cannot see (items of units outside the actor's data
     * scope), so that a list of a case's evidence says "N 件不可见" instead of leaving them out silently. Only for a
     * record target the actor may see itself; 0 otherwise, so that nothing is revealed about other units' records.
     */
    public long hiddenCount(EvidenceRecords.Filter filter, Actor actor) {
        if (filter.targetType() == null || !filter.targetType().record() || filter.targetId() == null
                || filter.targetId().isBlank()) {
            return 0;
        }
        var target = targets.find(filter.targetType(), filter.targetId());
        if (target.isEmpty() || !dataScope.canSee(actor, target.get().unitId())) {
            return 0;
        }
        return records.countLinkedOutside(filter.targetType(), target.get().id(), dataScope.visibleUnitIds(actor),
                filter.currentOnly());
    }

    private static String mediaType(String type) {
        String t = EvidenceInput.trim(type);
        if (t == null || !t.matches("[\\w.+-]+/[\\w.+-]+")) {
            return "application/octet-stream";
        }
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    private static String fileName(String name) {
        String n = EvidenceInput.trim(name);
        if (n == null) {
            return "evidence.bin";
        }
        n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
