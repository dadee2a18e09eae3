package org.zhifa.evidence.store;

import java.util.HexFormat;

/**
 * The identity of a stored file: SM3 (its storage name) and SHA-256 (for tools outside the national algorithms),
 * both lower-case hex, and its size.
 */
public record ContentDigest(String sm3Hex, String sha256Hex, long size) {

    public ContentDigest {
        if (!sm3Hex.matches("[0-9a-f]{64}") || !sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("digests must be 64 lower-case hex characters");
        }
    }

    public byte[] sm3() {
        return HexFormat.of().parseHex(sm3Hex);
    }

    public byte[] sha256() {
        return HexFormat.of().parseHex(sha256Hex);
    }
}
