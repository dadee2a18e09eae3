package org.zhifa.evidence.log;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A signed tree head (STH). The signed bytes, version 1, 50 bytes big-endian, modelled on RFC 6962 §3.5
 * TreeHeadSignature (docs/evidence-log.md):
 * <pre>
 *  0   1  version = 0x01
 *  1   1  signature type = 0x01 (tree head)
 *  2   8  timestamp, milliseconds since the epoch
 * 10   8  tree size
 * 18  32  root hash (SM3 Merkle tree hash)
 * </pre>
 * signed with SM3withSM2 (GB/T 32918, user id "1234567812345678"), the signature DER-encoded.
 *
 * @param treeSize        number of leaves
 * @param rootHash        MTH of the first treeSize leaves
 * @param timestampMillis when the head was signed
 * @param signature       DER SM2 signature over {@link #signedBytes()}
 */
public record TreeHead(long treeSize, byte[] rootHash, long timestampMillis, byte[] signature) {

    public static final int VERSION = 1;
    public static final int SIGNATURE_TYPE_TREE_HEAD = 1;

    public TreeHead {
        rootHash = rootHash.clone();
        signature = signature == null ? null : signature.clone();
    }

    public static byte[] signedBytes(long treeSize, byte[] rootHash, long timestampMillis) {
        return ByteBuffer.allocate(50)
                .put((byte) VERSION)
                .put((byte) SIGNATURE_TYPE_TREE_HEAD)
                .putLong(timestampMillis)
                .putLong(treeSize)
                .put(rootHash)
                .array();
    }

    public byte[] signedBytes() {
        return signedBytes(treeSize, rootHash, timestampMillis);
    }

    public String rootHex() {
        return HexFormat.of().formatHex(rootHash);
    }

    public String signatureHex() {
        return signature == null ? null : HexFormat.of().formatHex(signature);
    }

    public boolean verify(LogKeyPair.Verifier verifier) {
        return signature != null && verifier.verify(signedBytes(), signature);
    }
}
