package org.zhifa.evidence.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.log.CanonicalText;

/**
 * An evidence item as stored. Never changed after creation except {@code supersededById}, which is set once when a
 * corrected item replaces it; that pointer is therefore not part of the canonical (logged) encoding — the
 * replacement's own metadata names the item it supersedes and why.
 */
public record EvidenceItem(long id, EvidenceKind kind, String title, String description, long collectedByUserId,
        String collectedByName, Instant collectedAt, String place, String device, boolean continuousRecording,
        long unitId, String unitName, String contentSm3, String contentSha256, Long contentSize, String mediaType,
        String fileName, Long supersedesId, String supersedeReason, Long supersededById, Instant createdAt) {

    public static final String METADATA_FORMAT = "zhifa-evidence-metadata/1";
    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    /** The exact text whose SM3/SHA-256 enter the METADATA log leaf (docs/evidence-log.md). */
    public String canonicalMetadata() {
        return CanonicalText.of(METADATA_FORMAT)
                .field("id", id)
                .field("kind", kind.name())
                .field("title", title)
                .field("description", description)
                .field("collectedByUserId", collectedByUserId)
                .field("collectedByName", collectedByName)
                .field("collectedAt", collectedAt.toEpochMilli())
                .field("place", place)
                .field("device", device)
                .field("continuousRecording", continuousRecording)
                .field("unitId", unitId)
                .field("unitName", unitName)
                .field("contentSm3", contentSm3)
                .field("contentSha256", contentSha256)
                .field("contentSize", contentSize)
                .field("mediaType", mediaType)
                .field("fileName", fileName)
                .field("supersedesId", supersedesId)
                .field("supersedeReason", supersedeReason)
                .field("createdAt", createdAt.toEpochMilli())
                .text();
    }

    public boolean hasFile() {
        return contentSm3 != null;
    }

    public boolean superseded() {
        return supersededById != null;
    }

    public String kindLabel() {
        return kind.label();
    }

    public String collectedAtText() {
        return DISPLAY.format(collectedAt);
    }

    public String createdAtText() {
        return DISPLAY.format(createdAt);
    }

    /** How the browser can show the file: video, audio, image, pdf or none (download only). */
    public String playerKind() {
        if (mediaType == null) {
            return "none";
        }
        if (mediaType.startsWith("video/")) {
            return "video";
        }
        if (mediaType.startsWith("audio/")) {
            return "audio";
        }
        if (mediaType.startsWith("image/")) {
            return "image";
        }
        return mediaType.equals("application/pdf") ? "pdf" : "none";
    }

    public String sizeText() {
        if (contentSize == null) {
            return "";
        }
        double s = contentSize;
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (s >= 1024 && u < units.length - 1) {
            s /= 1024;
            u++;
        }
        return u == 0 ? contentSize + " B" : String.format("%.1f %s", s, units[u]);
    }
}
