package org.zhifa.documents.internal;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line-breaking rules (GB/T 15834 标点符号用法): a line never starts with a closing mark such as ，。、；：）》
 * and never ends with an opening mark such as （《“. OpenPDF otherwise breaks after any ideograph.
 */
final class Kinsoku extends DefaultSplitCharacter {

    static final Kinsoku RULES = new Kinsoku();
    /** Marks that may not start a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—·%,.;:?!)]}";
    /** Marks that may not end a line. */
    static final String NO_LINE_END = "（《「『“‘〔【([{";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }
}
