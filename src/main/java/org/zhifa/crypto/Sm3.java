package org.zhifa.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) digests. */
public final class Sm3 {

    private final SM3Digest digest = new SM3Digest();

    /** A streaming digest: {@code update} any number of times, then {@link #finish()}. */
    public static Sm3 streaming() {
        return new Sm3();
    }

    public Sm3 update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
        return this;
    }

    public Sm3 update(byte[] data) {
        return update(data, 0, data.length);
    }

    public Sm3 update(byte b) {
        digest.update(b);
        return this;
    }

    public byte[] finish() {
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static byte[] digest(byte[] data) {
        return streaming().update(data).finish();
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
