package org.zhifa.draw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Constants and text rules of the draw specification (docs/random-draw.md §2). */
public final class DrawSpec {

    /** Name and version of the algorithm; the first line of every header. */
    public static final String ALGORITHM = "zhifa-draw-1";
    /** Domain prefix of every PRNG block (followed by one 0x00 byte). */
    static final String PRNG_DOMAIN = ALGORITHM + "/prng";
    /** Seed length in bytes. */
    public static final int SEED_BYTES = 32;

    /** Unsigned lexicographic order of the UTF-8 bytes: the one sort order of every list. */
    public static final Comparator<String> UTF8_ORDER = (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

    private DrawSpec() {
    }

    /** The list sorted by the UTF-8 bytes of each element's key, encoding every key once. */
    static <T> java.util.List<T> sorted(java.util.Collection<T> list, java.util.function.Function<T, String> key) {
        record Keyed<T>(byte[] k, T x) {
        }
        return list.stream().map(x -> new Keyed<>(utf8(key.apply(x)), x))
                .sorted((a, b) -> Arrays.compareUnsigned(a.k(), b.k())).map(Keyed::x).toList();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks a field of a list line: not empty, no TAB, LF, CR or comma, and valid Unicode (no lone surrogate).
     *
     * @param what Chinese name of the field for the error message
     */
    static String field(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + "不能为空");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == ',') {
                throw new IllegalArgumentException(what + "不得含有制表符、换行符或逗号：" + value);
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!pair) {
                    throw new IllegalArgumentException(what + "含有无效字符：" + value);
                }
                i++;
            }
        }
        return value;
    }
}
