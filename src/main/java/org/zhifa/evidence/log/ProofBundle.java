package org.zhifa.evidence.log;

import java.util.HexFormat;
import java.util.List;

/**
 * Everything needed to check one evidence item offline ({@code proof.json}, docs/evidence-log.md): the log entries
 * of its file and of its metadata with their inclusion proofs, the signed tree head they lead to, and the log's
 * public key. Binary values are lower-case hex.
 *
 * @param format       {@value #FORMAT}
 * @param evidenceId   the item
 * @param file         the FILE entry (null for an item without a file)
 * @param metadata     the METADATA entry; {@code contentText} holds the canonical metadata encoding
 * @param treeHead     the signed tree head both proofs lead to
 * @param publicKeyPem the SM2 public key that signed {@code treeHead}, as published at /public/evidence/log-key; it
 *                     only names the key: a verifier checks it against a key or fingerprint it already trusts
 * @param keyId        SM3 of the DER public key
 */
public record ProofBundle(String format, long evidenceId, Entry file, Entry metadata, Head treeHead,
        String publicKeyPem, String keyId) {

    public static final String FORMAT = "zhifa-evidence-proof/1";

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
}
