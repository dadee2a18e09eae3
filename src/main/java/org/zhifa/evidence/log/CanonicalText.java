package org.zhifa.evidence.log;

import java.nio.charset.StandardCharsets;

/**
 * The canonical encoding of a metadata or link record before it is digested into a log leaf: UTF-8 text, first line
 * the record type and version, then one {@code key=value} line per field in a fixed order, each line ending with
 * LF. In values a backslash is written {@code \\}, LF {@code \n}, CR {@code \r}; a missing value is {@code \0}.
 * Readable by a person in court, reproducible byte for byte by any program (docs/evidence-log.md).
 */
public final class CanonicalText {

    private final StringBuilder text = new StringBuilder();

    private CanonicalText(String type) {
        text.append(type).append('\n');
    }

    public static CanonicalText of(String type) {
        return new CanonicalText(type);
    }

    public CanonicalText field(String key, Object value) {
        text.append(key).append('=');
        if (value == null) {
            text.append("\\0");
        } else {
            String s = String.valueOf(value);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\n');
        return this;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
