package org.zhifa.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evidence log's public face for other modules (docs/evidence-log.md §10): the head recorded each day, which the
 * public annual data carries, and for an item the log indices of its entries with the address (and QR code) of the
 * public verification page, for lists of a case's evidence.
 */
public interface EvidenceLogPublication {

    /**
     * The head recorded at the end of a day.
     *
     * @param day          the day (China time)
     * @param treeSize     leaves in the log
     * @param rootHash     SM3 Merkle root, hex
     * @param keyId        the log key that signed the head
     * @param cosignatures how many configured witnesses had cosigned it when it was recorded
     */
    record DailyHead(LocalDate day, long treeSize, String rootHash, String keyId, int cosignatures) {
    }

    /** The daily heads of a year, in order of day. */
    List<DailyHead> dailyHeads(int year);

    /**
     * Where an item stands in the log.
     *
     * @param evidenceId      the item
     * @param metadataIndex   log index of its metadata entry
     * @param fileIndex       log index of its file entry, or null
     * @param linkIndices     log indices of its link entries
     * @param verificationUrl the public verification page of its metadata entry
     */
    record LogReference(long evidenceId, long metadataIndex, Long fileIndex, List<Long> linkIndices,
            String verificationUrl) {
    }

    /** The item's log reference; empty for an unknown item. No data scope: log indices and digests are public. */
    Optional<LogReference> reference(long evidenceId);

    /** A QR code (PNG, 240 pixels square) of {@code url}. */
    byte[] qrCodePng(String url);
}
