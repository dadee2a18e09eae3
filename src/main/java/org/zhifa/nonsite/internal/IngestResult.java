package org.zhifa.nonsite.internal;

import java.io.Serializable;
import java.util.List;

/**
 * Answer to a batch: how many records were received, accepted (new), duplicated (already stored) and rejected, with
 * the reason of each rejected record (at most {@value #MAX_DETAILS} listed), and what the accepted ones produced.
 *
 * @param received        records in the batch
 * @param accepted        new records stored
 * @param duplicated      records already stored (resent), skipped
 * @param rejected        records refused
 * @param overLimit       accepted records over a limit
 * @param cluesOpened     new clues for review
 * @param notUsable       accepted records from a day on which the device may not be used for enforcement
 * @param deviceUnusable  reasons, when the device was not usable for some records
 * @param complete        false when a syntax error ended the batch early
 * @param rejections      rejected records with their reason
 */
public record IngestResult(int received, int accepted, int duplicated, int rejected, int overLimit, int cluesOpened,
        int notUsable, List<String> deviceUnusable, boolean complete, List<RejectedRecord> rejections)
        implements Serializable {

    public static final int MAX_DETAILS = 1_000;

    /** A rejected record: its position in the batch (0-based), its id if it had one, and why. */
    public record RejectedRecord(int index, String recordId, String reason) implements Serializable {
    }
}
