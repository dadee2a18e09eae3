package org.zhifa.evidence.log;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * The statement by which a retiring log key endorses its successor (docs/evidence-log.md §4.3): whoever pinned the
 * old key can check that the new one was introduced by the holder of the old one. Signed bytes, 74 bytes, big-endian:
 * <pre>
 *  0   1  version = 0x01
 *  1   1  signature type = 0x02 (key transition; a tree head is 0x01, so neither can pass for the other)
 *  2   8  timestamp, milliseconds since the epoch
 * 10  32  key id of the retiring key
 * 42  32  key id of the new key
 * </pre>
 * signed by the retiring key with SM3withSM2. A key introduced because the previous private key was lost has no
 * endorsement, and says so.
 */
public final class KeyTransition {

    public static final int VERSION = 1;
    public static final int SIGNATURE_TYPE_KEY_TRANSITION = 2;

    private KeyTransition() {
    }

    public static byte[] signedBytes(String previousKeyId, String newKeyId, long timestampMillis) {
        HexFormat hex = HexFormat.of();
        return ByteBuffer.allocate(74)
                .put((byte) VERSION)
                .put((byte) SIGNATURE_TYPE_KEY_TRANSITION)
                .putLong(timestampMillis)
                .put(hex.parseHex(previousKeyId))
                .put(hex.parseHex(newKeyId))
                .array();
    }
}
