package org.zhifa.evidence.witness;

import java.util.List;
import org.zhifa.evidence.log.LogKeyInfo;
import org.zhifa.evidence.log.ProofBundle;

/** The JSON documents of a witness: its files (docs/evidence-log.md §8.3) and its HTTP messages (§8.2). */
public final class WitnessRecords {

    private WitnessRecords() {
    }

    /**
     * {@code witness.json}: the one log this witness watches.
     *
     * @param format      {@value WitnessStore#CONFIG_FORMAT}
     * @param name        the witness's own name (e.g. the body that runs it)
     * @param logId       key id of the log's first key
     * @param logUrl      the log's base address for polling (may be null: push only)
     * @param trustedKeys log keys whose heads the witness accepts
     */
    public record Config(String format, String name, String logId, String logUrl, List<TrustedKey> trustedKeys) {
    }

    /**
     * A log key the witness accepts heads from.
     *
     * @param keyId        SM3 of the DER public key
     * @param publicKeyPem the key
     * @param source       {@code pinned} (given by the operator) or {@code endorsed by <key id>}
     * @param addedAt      when the witness started trusting it, milliseconds since the epoch
     */
    public record TrustedKey(String keyId, String publicKeyPem, String source, long addedAt) {
    }

    /**
     * One line of {@code heads.jsonl}: a head with a valid signature the witness received, and what it did with it.
     *
     * @param seenAt  when, milliseconds since the epoch
     * @param source  {@code push} (sent by the log) or {@code poll} (fetched from the log)
     * @param head    the head
     * @param verdict COSIGNED, SEEN (not newer than the cosigned head), or the alarm kind that refused it
     * @param detail  why, in Chinese
     */
    public record SeenHead(long seenAt, String source, ProofBundle.Head head, String verdict, String detail) {
    }

    /**
     * One line of {@code alarms.jsonl}: evidence that the log misbehaved.
     *
     * @param at          when, milliseconds since the epoch
     * @param kind        INCONSISTENT, SPLIT_VIEW, ROLLBACK or UNENDORSED_KEY
     * @param detail      what was found, in Chinese
     * @param head        the offending head (signed by the log)
     * @param conflicting the earlier head it contradicts, if any (also signed by the log)
     */
    public record Alarm(long at, String kind, String detail, ProofBundle.Head head, ProofBundle.Head conflicting) {
    }

    /** {@code cosigned.json}: the latest head the witness cosigned, and its cosignature. */
    public record Cosigned(ProofBundle.Head head, ProofBundle.Cosigned cosignature) {
    }

    /**
     * Body of {@code POST /witness/v1/add-head}, modelled on C2SP tlog-witness {@code add-checkpoint}.
     *
     * @param logId            the log
     * @param oldSize          the size of the latest head the witness cosigned, as the log believes
     * @param consistencyProof RFC 6962 PROOF(oldSize, treeHead.treeSize), hex; empty when oldSize is 0
     * @param treeHead         the new signed head
     * @param keys             the log's published keys (needed when the head names a key the witness does not yet
     *                         trust: it follows the endorsements from a key it trusts)
     */
    public record AddHead(String logId, long oldSize, List<String> consistencyProof, ProofBundle.Head treeHead,
            List<LogKeyInfo> keys) {
    }
}
