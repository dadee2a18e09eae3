package org.zhifa.evidence.log;

import java.util.HexFormat;
import java.util.List;

/**
 * Everything needed to check one evidence item offline ({@code proof.json}, docs/evidence-log.md §5): the log entries
 * of its file, its metadata and its links (and, for a corrected item, the metadata entry of the item that corrects it)
 * with their inclusion proofs, the signed tree head they lead to, the witnesses' cosignatures of that head, its RFC 3161
 * timestamp, and the log's public key. Binary values are lower-case hex, the timestamp token base64.
 *
 * @param format         {@value #FORMAT} ({@value #FORMAT_V1} for proofs issued before witnesses)
 * @param logId          key id of the log's first key: names the log in cosignatures (null in version 1)
 * @param evidenceId     the item
 * @param file           the FILE entry (null for an item without a file)
 * @param metadata       the METADATA entry; {@code contentText} holds the canonical metadata encoding
 * @param links          the LINK entries of the item (what it belongs to), each with its canonical link text
 * @param supersededBy   for an item corrected by another, the correcting item's METADATA entry (its text names this
 *                       item in {@code supersedesId}); null otherwise
 * @param treeHead       the signed tree head all proofs lead to
 * @param publicKeyPem   the SM2 public key that signed {@code treeHead}, as published at /public/evidence/log-key; it
 *                       only names the key: a verifier checks it against a key or fingerprint it already trusts
 * @param keyId          SM3 of the DER public key
 * @param cosignatures   witnesses' cosignatures of {@code treeHead}
 * @param timestamp      the RFC 3161 timestamp of {@code treeHead}, or null when no authority is configured
 */
public record ProofBundle(String format, String logId, long evidenceId, Entry file, Entry metadata, List<Entry> links,
        Entry supersededBy, Head treeHead, String publicKeyPem, String keyId, List<Cosigned> cosignatures,
        Timestamp timestamp) {

    public static final String FORMAT = "zhifa-evidence-proof/2";
    public static final String FORMAT_V1 = "zhifa-evidence-proof/1";

    public ProofBundle {
        links = links == null ? List.of() : List.copyOf(links);
        cosignatures = cosignatures == null ? List.of() : List.copyOf(cosignatures);
    }

    /** One log entry with its audit path. */
    public record Entry(String kind, long leafIndex, String leaf, String leafHash, List<String> inclusionProof,
            long treeSize, String contentText) {

        public static Entry of(EvidenceLeaf leaf, long index, List<byte[]> proof, long treeSize, String contentText) {
            HexFormat hex = HexFormat.of();
            return new Entry(leaf.kind().name(), index, hex.formatHex(leaf.encode()), hex.formatHex(leaf.leafHash()),
                    proof.stream().map(hex::formatHex).toList(), treeSize, contentText);
        }

        public EvidenceLeaf decodedLeaf() {
            return EvidenceLeaf.decode(HexFormat.of().parseHex(leaf));
        }

        public List<byte[]> proofBytes() {
            return inclusionProof.stream().map(HexFormat.of()::parseHex).toList();
        }
    }

    /**
     * A signed tree head in JSON form; {@code signedBytes} repeats the exact bytes that were signed. {@code version}
     * absent (proofs issued before version 2 heads) means 1; {@code keyId} names the signing key (signed in version 2).
     */
    public record Head(Integer version, long treeSize, String rootHash, long timestamp, String keyId, String signature,
            String signedBytes) {

        public static Head of(TreeHead h) {
            return new Head(h.version(), h.treeSize(), h.rootHex(), h.timestampMillis(), h.keyId(), h.signatureHex(),
                    HexFormat.of().formatHex(h.signedBytes()));
        }

        public TreeHead toTreeHead() {
            HexFormat hex = HexFormat.of();
            return new TreeHead(version == null ? TreeHead.VERSION_1 : version, treeSize, hex.parseHex(rootHash),
                    timestamp, keyId, signature == null ? null : hex.parseHex(signature));
        }
    }

    /**
     * A witness's cosignature in JSON form (§8); {@code signedBytes} repeats the 114 signed bytes, {@code witnessName}
     * is the name zhifa's settings give the witness (not signed).
     */
    public record Cosigned(String witnessName, String witnessKeyId, long treeSize, String rootHash, long timestamp,
            String signature, String signedBytes) {

        public static Cosigned of(String witnessName, Cosignature c) {
            return new Cosigned(witnessName, c.witnessKeyId(), c.treeSize(), c.rootHex(), c.timestampMillis(),
                    c.signatureHex(), HexFormat.of().formatHex(c.signedBytes()));
        }

        public Cosignature toCosignature(String logId) {
            HexFormat hex = HexFormat.of();
            return new Cosignature(witnessKeyId, logId, treeSize, hex.parseHex(rootHash), timestamp,
                    signature == null ? null : hex.parseHex(signature));
        }
    }

    /**
     * An RFC 3161 timestamp of the tree head (§9).
     *
     * @param token         the DER TimeStampToken (a CMS SignedData), base64
     * @param hashAlgorithm {@code SHA-256} or {@code SM3}: the hash of the head's signed bytes in the token's imprint
     * @param genTime       the authority's time, milliseconds since the epoch (read from the token)
     */
    public record Timestamp(String token, String hashAlgorithm, long genTime) {
    }
}
