package org.zhifa.evidence.log;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A witness's cosignature of a tree head (docs/evidence-log.md §8), adapted from C2SP tlog-cosignature (the ML-DSA
 * {@code cosigned_message}, which commits to the cosigner, the log and the time) with SM2 in place of Ed25519/ML-DSA.
 * Signed bytes, 114 bytes, big-endian:
 * <pre>
 *  0   1  version = 0x01
 *  1   1  signature type = 0x03 (cosignature; a tree head is 0x01, a key transition 0x02)
 *  2   8  timestamp, milliseconds since the epoch: when the witness cosigned
 * 10  32  log id: key id of the log's first key
 * 42   8  tree size
 * 50  32  root hash
 * 82  32  witness key id: SM3 of the witness key's DER SubjectPublicKeyInfo
 * </pre>
 * signed by the witness key with SM3withSM2 (user id 1234567812345678), DER signature. It states: as of the
 * timestamp, this is the largest head of this log the witness has seen, and it is consistent with every head the
 * witness cosigned before.
 *
 * @param witnessKeyId    lower-case hex key id of the witness
 * @param logId           lower-case hex log id
 * @param treeSize        the cosigned head's size
 * @param rootHash        the cosigned head's root
 * @param timestampMillis when the witness cosigned
 * @param signature       DER SM2 signature over {@link #signedBytes()}
 */
public record Cosignature(String witnessKeyId, String logId, long treeSize, byte[] rootHash, long timestampMillis,
        byte[] signature) {

    public static final int VERSION = 1;
    public static final int SIGNATURE_TYPE_COSIGNATURE = 3;
    public static final int LENGTH = 114;

    public Cosignature {
        if (witnessKeyId == null || !witnessKeyId.matches("[0-9a-f]{64}") || logId == null
                || !logId.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("cosignature needs 64 hex digit witness key id and log id");
        }
        if (rootHash == null || rootHash.length != LogHash.SIZE) {
            throw new IllegalArgumentException("root hash must be 32 bytes");
        }
        rootHash = rootHash.clone();
        signature = signature == null ? null : signature.clone();
    }

    public static byte[] signedBytes(String witnessKeyId, String logId, long treeSize, byte[] rootHash,
            long timestampMillis) {
        HexFormat hex = HexFormat.of();
        return ByteBuffer.allocate(LENGTH)
                .put((byte) VERSION)
                .put((byte) SIGNATURE_TYPE_COSIGNATURE)
                .putLong(timestampMillis)
                .put(hex.parseHex(logId))
                .putLong(treeSize)
                .put(rootHash)
                .put(hex.parseHex(witnessKeyId))
                .array();
    }

    /** Signs a head as witness {@code key}. */
    public static Cosignature sign(LogKeyPair key, String logId, long treeSize, byte[] rootHash, long timestampMillis) {
        byte[] bytes = signedBytes(key.keyId(), logId, treeSize, rootHash, timestampMillis);
        return new Cosignature(key.keyId(), logId, treeSize, rootHash, timestampMillis, key.sign(bytes));
    }

    public byte[] signedBytes() {
        return signedBytes(witnessKeyId, logId, treeSize, rootHash, timestampMillis);
    }

    /** Valid under {@code witness}'s key, which must be the key the cosignature names. */
    public boolean verify(LogKeyPair.Verifier witness) {
        return signature != null && witness.keyId().equals(witnessKeyId) && witness.verify(signedBytes(), signature);
    }

    /** Whether this cosignature is about {@code head} (same size and root) of log {@code logId}. */
    public boolean covers(String logId, TreeHead head) {
        return this.logId.equals(logId) && treeSize == head.treeSize()
                && java.security.MessageDigest.isEqual(rootHash, head.rootHash());
    }

    public String rootHex() {
        return HexFormat.of().formatHex(rootHash);
    }

    public String signatureHex() {
        return signature == null ? null : HexFormat.of().formatHex(signature);
    }
}
