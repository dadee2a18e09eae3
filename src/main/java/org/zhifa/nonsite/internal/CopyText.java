package org.zhifa.nonsite.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer in PostgreSQL COPY text format (tab-separated, \N for null, backslash escapes). Written
 * by hand because the ingest path formats tens of thousands of rows a second.
 */
final class CopyText {

    private byte[] buf;
    private int len;
    private boolean first = true;

    CopyText(int capacity) {
        buf = new byte[capacity];
    }

    int length() {
        return len;
    }

    byte[] bytes() {
        return buf;
    }

    void reset() {
        len = 0;
        first = true;
    }

    CopyText nul() {
        sep();
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = 'N';
        return this;
    }

    CopyText num(long v) {
        sep();
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return this;
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte b = buf[i];
            buf[i] = buf[j];
            buf[j] = b;
        }
        return this;
    }

    /** A number, or null when it equals the "not measured" marker. */
    CopyText numOrNull(int v, int absent) {
        return v == absent ? nul() : num(v);
    }

    CopyText bool(boolean v) {
        sep();
        ensure(1);
        buf[len++] = (byte) (v ? 't' : 'f');
        return this;
    }

    CopyText text(String s) {
        if (s == null) {
            return nul();
        }
        sep();
        ensure(s.length() * 3 + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> put2('\\', '\\');
                    case '\t' -> put2('\\', 't');
                    case '\n' -> put2('\\', 'n');
                    case '\r' -> put2('\\', 'r');
                    default -> buf[len++] = (byte) c;
                }
            } else if (Character.isSurrogate(c)) {
                byte[] b = String.valueOf(Character.toChars(s.codePointAt(i))).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, buf, len, b.length);
                len += b.length;
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /** An instant as {@code YYYY-MM-DD HH:MM:SS.mmm+00} (timestamptz input), formatted without allocating. */
    CopyText timestamp(long epochMilli) {
        long days = Math.floorDiv(epochMilli, 86_400_000L);
        long ms = Math.floorMod(epochMilli, 86_400_000L);
        // days to civil date (H. Hinnant, "chrono-compatible low-level date algorithms")
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1000 || year > 9999) {
            sep();
            ascii(java.time.Instant.ofEpochMilli(epochMilli).toString());
            return this;
        }
        sep();
        ensure(26);
        digits(year, 4);
        buf[len++] = '-';
        digits(month, 2);
        buf[len++] = '-';
        digits(day, 2);
        buf[len++] = ' ';
        digits(ms / 3_600_000, 2);
        buf[len++] = ':';
        digits(ms / 60_000 % 60, 2);
        buf[len++] = ':';
        digits(ms / 1_000 % 60, 2);
        buf[len++] = '.';
        digits(ms % 1_000, 3);
        buf[len++] = '+';
        buf[len++] = '0';
        buf[len++] = '0';
        return this;
    }

    private void digits(long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[len + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += width;
    }

    void endRow() {
        ensure(1);
        buf[len++] = '\n';
        first = true;
    }

    private void put2(char a, char b) {
        ensure(2);
        buf[len++] = (byte) a;
        buf[len++] = (byte) b;
    }

    private void sep() {
        if (!first) {
            ensure(1);
            buf[len++] = '\t';
        }
        first = false;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
