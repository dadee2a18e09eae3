package org.zhifa.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.zhifa.crypto.Sm3;

/**
 * The random stream of one label (docs/random-draw.md §4): block i = SM3("zhifa-draw-1/prng" ‖ 0x00 ‖ seed ‖
 * headerHash ‖ u32be(len(label)) ‖ label ‖ u64be(i)); each block gives four unsigned 64-bit big-endian words, used in
 * order. {@link #uniform(int)} rejects words at or above the largest multiple of n below 2^64, so that every value
 * below n is equally likely (no modulo bias).
 */
final class DrawStream {

    private static final byte[] DOMAIN = (DrawSpec.PRNG_DOMAIN + "\0").getBytes(StandardCharsets.US_ASCII);

    private final byte[] prefix;
    private long block;
    private ByteBuffer words = ByteBuffer.allocate(0);

    DrawStream(byte[] seed, byte[] headerHash, byte[] label) {
        ByteBuffer p = ByteBuffer.allocate(DOMAIN.length + seed.length + headerHash.length + 4 + label.length);
        p.put(DOMAIN).put(seed).put(headerHash).putInt(label.length).put(label);
        this.prefix = p.array();
    }

    // label bytes: the parts' UTF-8 joined by single 0x00 bytes, e.g. "select" 0x00 "A"
    static byte[] label(String... parts) {
        return String.join("\0", parts).getBytes(StandardCharsets.UTF_8);
    }

    long nextWord() {
        if (!words.hasRemaining()) {
            byte[] counter = ByteBuffer.allocate(8).putLong(block++).array();
            words = ByteBuffer.wrap(Sm3.streaming().update(prefix).update(counter).finish());
        }
        return words.getLong();
    }

    /** A uniform integer from 0 to n − 1 for 1 ≤ n < 2^31. */
    int uniform(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n < 1");
        }
        // limit = 2^64 − (2^64 mod n), compared unsigned; 2^64 mod n = (2^64 − n) mod n = (−n) mod n unsigned
        long rem = Long.remainderUnsigned(-(long) n, n);
        while (true) {
            long w = nextWord();
            if (rem == 0 || Long.compareUnsigned(w, -rem) < 0) {
                return (int) Long.remainderUnsigned(w, n);
            }
        }
    }
}
