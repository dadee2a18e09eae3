package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.internal.EvidenceInput;
import org.zhifa.evidence.internal.EvidenceService;
import org.zhifa.evidence.internal.StatedDigest;
import org.zhifa.evidence.internal.StoredCopies;

/**
 * Registers evidence on behalf of other modules (a non-site evidence package, a document attached to a case): the
 * file goes to content-addressed storage, the item and its links into the transparency log, exactly as an upload
 * through the evidence pages would.
 */
@Service
public class EvidenceIntake {

    private final EvidenceService evidence;
    private final StoredCopies copies;

    EvidenceIntake(EvidenceService evidence, StoredCopies copies) {
        this.evidence = evidence;
        this.copies = copies;
    }

    /** A link of a new item to a case, party, vehicle, inspection or non-site record. */
    public record Link(EvidenceTargetType type, String id) {
    }

    /**
     * A new item.
     *
     * @param kind        statutory kind
     * @param title       short title
     * @param description what it shows (may be null)
     * @param collectedAt when it was collected
     * @param place       where (may be null)
     * @param device      recording or measuring device (may be null)
     * @param fileName    file name (null for an item without a file)
     * @param mediaType   media type of the file (null for an item without a file)
     * @param content     the file's bytes (null for an item without a file)
     * @param links       what it belongs to
     */
    public record Item(EvidenceKind kind, String title, String description, Instant collectedAt, String place,
            String device, String fileName, String mediaType, byte[] content, List<Link> links) {
    }

    /**
     * Stores and registers the item; returns its evidence id. Joins the caller's transaction. A link to a record
     * (case, non-site record) is refused (403) unless the record exists and lies in the actor's data scope.
     */
    public long register(Item item, Actor actor) {
        EvidenceService.StoredFile stored = null;
        EvidenceInput input = new EvidenceInput(item.kind().name(), item.title(), item.description(),
                LocalDateTime.ofInstant(item.collectedAt(), ChinaTime.ZONE), item.place(), item.device(), null,
                item.links().stream().map(l -> new EvidenceInput.Target(l.type().name(), l.id())).toList());
        evidence.check(input, actor);
        if (item.content() != null) {
            try (var in = new ByteArrayInputStream(item.content())) {
                stored = new EvidenceService.StoredFile(copies.put(in, StatedDigest.NONE), item.fileName(),
                        item.mediaType());
            } catch (IOException e) {
                throw new UncheckedIOException("证据文件保存失败", e);
            }
        }
        return evidence.register(input, stored, actor).id();
    }
}
