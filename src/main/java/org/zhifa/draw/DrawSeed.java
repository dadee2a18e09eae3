package org.zhifa.draw;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.zhifa.crypto.Sm3;

/** The secret 32-byte seed of a draw; its commitment SM3(seed) is published before the draw, the seed at the draw. */
public final class DrawSeed {

    private final byte[] bytes;

    private DrawSeed(byte[] bytes) {
        if (bytes.length != DrawSpec.SEED_BYTES) {
            throw new IllegalArgumentException("种子应为 32 字节（64 位十六进制）");
        }
        this.bytes = bytes.clone();
    }

    public static DrawSeed generate(SecureRandom random) {
        byte[] b = new byte[DrawSpec.SEED_BYTES];
        random.nextBytes(b);
        return new DrawSeed(b);
    }

    /** From 64 hexadecimal characters (either case). */
    public static DrawSeed fromHex(String hex) {
        if (hex == null || !hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("种子应为 64 位十六进制字符");
        }
        return new DrawSeed(HexFormat.of().parseHex(hex.toLowerCase()));
    }

    /** Lower-case hex, as revealed. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** SM3 of the 32 seed bytes, lower-case hex: the commitment published before the draw. */
    public String commitment() {
        return Sm3.hex(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** Never prints the seed itself. */
    @Override
    public String toString() {
        return "DrawSeed[commitment=" + commitment() + "]";
    }
}
