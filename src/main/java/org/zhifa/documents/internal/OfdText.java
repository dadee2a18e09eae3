package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking for the OFD: a CJK character is one em wide, a printable ASCII character half an em (the advances
 * ofdrw writes for a font named without a file), lines broken by the Chinese rules of {@link Kinsoku} and not inside
 * a run of Latin letters or digits.
 */
final class OfdText {

    private OfdText() {
    }

    static double width(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advance(text.charAt(i)) * size;
        }
        return w;
    }

    static double advance(char c) {
        return c >= 32 && c <= 126 ? 0.5 : 1;
    }

    /**
     * The lines of a paragraph.
     *
     * @param text   the text (line breaks kept)
     * @param size   character size in mm
     * @param width  line width in mm
     * @param indent indent of the first line in mm
     */
    static List<String> wrap(String text, double size, double width, double indent) {
        List<String> lines = new ArrayList<>();
        double firstIndent = indent;
        for (String part : text.split("\n", -1)) {
            wrapPart(part, size, width, firstIndent, lines);
            firstIndent = 0;
        }
        return lines;
    }

    private static void wrapPart(String text, double size, double width, double indent, List<String> lines) {
        int start = 0;
        double available = width - indent;
        while (start < text.length()) {
            double used = 0;
            int end = start;
            while (end < text.length() && used + advance(text.charAt(end)) * size <= available + 0.01) {
                used += advance(text.charAt(end)) * size;
                end++;
            }
            if (end < text.length()) {
                end = breakAt(text, start, end);
            }
            lines.add(text.substring(start, end));
            start = end;
            available = width;
        }
        if (text.isEmpty()) {
            lines.add("");
        }
    }

    /** Adjusts a break before {@code end} so that no line starts with a closing mark or splits a Latin word. */
    private static int breakAt(String text, int start, int end) {
        // a closing mark hangs at the end of the line rather than starting the next
        if (Kinsoku.NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
            return end + 1;
        }
        int e = end;
        // an opening mark goes down with what it opens
        while (e - 1 > start && Kinsoku.NO_LINE_END.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        // keep digits and Latin letters together (K1234+500, 13800000000)
        int w = e;
        while (w - 1 > start && latin(text.charAt(w - 1)) && latin(text.charAt(w))) {
            w--;
        }
        return w > start && e - w <= 16 ? w : e;
    }

    private static boolean latin(char c) {
        return c > 32 && c <= 126 && Kinsoku.NO_LINE_START.indexOf(c) < 0;
    }
}
