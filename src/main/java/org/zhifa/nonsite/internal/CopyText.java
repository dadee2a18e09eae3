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
