package org.zhifa.evidence.log;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A signed tree head (STH), modelled on RFC 6962 §3.5 TreeHeadSignature (docs/evidence-log.md §4). Signed bytes,
 * big-endian:
 * <pre>
 * version 2 (82 bytes, every head signed since key rotation exists)   version 1 (50 bytes, older heads)
 *  0   1  version = 0x02                                               0   1  version = 0x01
 *  1   1  signature type = 0x01 (tree head)                            1   1  signature type = 0x01
 *  2   8  timestamp, milliseconds since the epoch                      2   8  timestamp
 * 10   8  tree size                                                   10   8  tree size
 * 18  32  root hash (SM3 Merkle tree hash)                            18  32  root hash
 * 50  32  key id: SM3 of the signing key's DER SubjectPublicKeyInfo
 * </pre>
 * signed with SM3withSM2 (GB/T 32918, user id "1234567812345678"), the signature DER-encoded. A version 1 head does
 * not sign its key id; the id stored beside it says which key signed it.
 *
 * @param version         1 or 2
 * @param treeSize        number of leaves
 * @param rootHash        MTH of the first treeSize leaves
 * @param timestampMillis when the head was signed
 * @param keyId           lower-case hex SM3 of the signing key (signed in version 2, beside the head in version 1)
 * @param signature       DER SM2 signature over {@link #signedBytes()}
 */
public record TreeHead(int version, long treeSize, byte[] rootHash, long timestampMillis, String keyId,
        byte[] signature) {

    public static final int VERSION_1 = 1;
    public static final int VERSION_2 = 2;
    public static final int SIGNATURE_TYPE_TREE_HEAD = 1;

    public TreeHead {
        if (version != VERSION_1 && version != VERSION_2) {
            throw new IllegalArgumentException("unsupported tree head version " + version);
        }
        if (version == VERSION_2 && (keyId == null || !keyId.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("a version 2 tree head needs the 64 hex digit key id");
        }
        rootHash = rootHash.clone();
        signature = signature == null ? null : signature.clone();
    }

    /** The bytes a version 2 head signs. */
    public static byte[] signedBytes(long treeSize, byte[] rootHash, long timestampMillis, String keyId) {
        return ByteBuffer.allocate(82)
                .put((byte) VERSION_2)
                .put((byte) SIGNATURE_TYPE_TREE_HEAD)
                .putLong(timestampMillis)
                .putLong(treeSize)
                .put(rootHash)
                .put(HexFormat.of().parseHex(keyId))
                .array();
    }

    /** The bytes a version 1 head signs (no key id). */
    public static byte[] signedBytesV1(long treeSize, byte[] rootHash, long timestampMillis) {
        return ByteBuffer.allocate(50)
                .put((byte) VERSION_1)
                .put((byte) SIGNATURE_TYPE_TREE_HEAD)
                .putLong(timestampMillis)
                .putLong(treeSize)
                .put(rootHash)
                .array();
    }

    public byte[] signedBytes() {
        return version == VERSION_2 ? signedBytes(treeSize, rootHash, timestampMillis, keyId)
                : signedBytesV1(treeSize, rootHash, timestampMillis);
    }

    public String rootHex() {
        return HexFormat.of().formatHex(rootHash);
    }

    public String signatureHex() {
        return signature == null ? null : HexFormat.of().formatHex(signature);
    }

    /**
     * The signature is valid under {@code verifier}'s key and, in version 2, the head names that same key. A head
     * naming another key than the verifier's is refused even if the signature were to check.
     */
    public boolean verify(LogKeyPair.Verifier verifier) {
        if (signature == null || (keyId != null && !keyId.equals(verifier.keyId()))) {
            return false;
        }
        return verifier.verify(signedBytes(), signature);
    }
}
