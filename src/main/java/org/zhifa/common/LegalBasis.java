package org.zhifa.common;

import java.util.Objects;

/**
 * One provision of law, the identity of a rule: the law, the article and where needed the paragraph (款) and item
 * (项). Rules, clocks, documents and refusals cite the same value, so "where is Art. 64 enforced" is a find-usages of
 * the constant that holds it. Renders as 《行政处罚法》第五十八条第一款第（二）项.
 *
 * @param law       the short title without book-title marks, e.g. 行政处罚法 (see {@link Law})
 * @param article   the article number (条), at least 1
 * @param paragraph the paragraph (款), 0 when the whole article is meant
 * @param item      the item (项), 0 when none; only with a paragraph or an article made of items
 */
public record LegalBasis(String law, int article, int paragraph, int item) {

    private static final String DIGITS = "零一二三四五六七八九";

    public LegalBasis {
        Objects.requireNonNull(law, "law");
        if (law.isBlank() || law.contains("《")) {
            throw new IllegalArgumentException("law title without book-title marks: " + law);
        }
        if (article < 1 || paragraph < 0 || item < 0) {
            throw new IllegalArgumentException("article " + article + ", paragraph " + paragraph + ", item " + item);
        }
    }

    public static LegalBasis of(String law, int article) {
        return new LegalBasis(law, article, 0, 0);
    }

    /** The same article narrowed to a paragraph (款). */
    public LegalBasis paragraph(int n) {
        return new LegalBasis(law, article, n, 0);
    }

    /** The same article (and paragraph) narrowed to an item (项). */
    public LegalBasis item(int n) {
        return new LegalBasis(law, article, paragraph, n);
    }

    /** Whether this provision lies within {@code other} (the same article, or a paragraph or item of it). */
    public boolean within(LegalBasis other) {
        return law.equals(other.law) && article == other.article
                && (other.paragraph == 0 || paragraph == other.paragraph) && (other.item == 0 || item == other.item);
    }

    /** 《行政处罚法》第五十八条第一款第（二）项. */
    public String text() {
        StringBuilder b = new StringBuilder("《").append(law).append("》第").append(numeral(article)).append('条');
        if (paragraph > 0) {
            b.append('第').append(numeral(paragraph)).append('款');
        }
        if (item > 0) {
            b.append("第（").append(numeral(item)).append("）项");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Chinese numerals as used in article numbers: 十、十一、二十、一百零一、一百一十. */
    public static String numeral(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("numeral out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            String head = DIGITS.charAt(n / 100) + "百";
            if (rest == 0) {
                return head;
            }
            return head + (rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + numeral(rest) : numeral(rest));
        }
        int rest = n % 1000;
        String head = DIGITS.charAt(n / 1000) + "千";
        if (rest == 0) {
            return head;
        }
        return head + (rest < 100 ? "零" + (rest < 20 && rest >= 10 ? "一" + numeral(rest) : numeral(rest)) : numeral(rest));
    }
}
