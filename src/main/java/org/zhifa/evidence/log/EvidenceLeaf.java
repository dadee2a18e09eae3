package org.zhifa.evidence.log;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One entry of the evidence log, version 1, 90 bytes, all integers big-endian (docs/evidence-log.md):
 * <pre>
 *  0      1  version = 0x01
 *  1      1  kind: 0x01 FILE, 0x02 METADATA, 0x03 LINK
 *  2      8  evidence item id
 * 10      8  size in bytes of the attested content (file, or canonical metadata/link encoding)
 * 18     32  SM3 of that content
 * 50     32  SHA-256 of that content
 * 82      8  time of logging, milliseconds since 1970-01-01T00:00:00Z
 * </pre>
 */
public record EvidenceLeaf(LeafKind kind, long evidenceId, long contentSize, byte[] sm3, byte[] sha256,
        long timestampMillis) {

    public static final int VERSION = 1;
    public static final int LENGTH = 90;

    public EvidenceLeaf {
        if (sm3.length != 32 || sha256.length != 32) {
            throw new IllegalArgumentException("digests must be 32 bytes");
        }
        sm3 = sm3.clone();
        sha256 = sha256.clone();
    }

    public byte[] encode() {
        return ByteBuffer.allocate(LENGTH)
                .put((byte) VERSION)
                .put((byte) kind.code())
                .putLong(evidenceId)
                .putLong(contentSize)
                .put(sm3)
                .put(sha256)
                .putLong(timestampMillis)
                .array();
    }

    public static EvidenceLeaf decode(byte[] bytes) {
        if (bytes.length != LENGTH || bytes[0] != VERSION) {
            throw new IllegalArgumentException("not a version 1 evidence leaf (" + bytes.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.get();
        LeafKind kind = LeafKind.ofCode(b.get());
        long id = b.getLong();
        long size = b.getLong();
        byte[] sm3 = new byte[32];
        b.get(sm3);
        byte[] sha = new byte[32];
        b.get(sha);
        return new EvidenceLeaf(kind, id, size, sm3, sha, b.getLong());
    }

    public byte[] leafHash() {
        return LogHash.leaf(encode());
    }

    public String sm3Hex() {
        return HexFormat.of().formatHex(sm3);
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceLeaf other && Arrays.equals(encode(), other.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "EvidenceLeaf[" + kind + " #" + evidenceId + " " + contentSize + "B sm3=" + sm3Hex() + "]";
    }
}
