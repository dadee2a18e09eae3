package org.zhifa.catalog;

import java.math.BigDecimal;

/** Formatting of amounts kept in fen (long) as yuan for display. */
public final class Money {

    private Money() {
    }

    /** 150000 → "1500"; 150050 → "1500.50". */
    public static String yuan(long fen) {
        BigDecimal y = BigDecimal.valueOf(fen, 2);
        return fen % 100 == 0 ? y.setScale(0).toPlainString() : y.toPlainString();
    }

    /** Parses a yuan amount such as "1500" or "1500.5" into fen. */
    public static long fen(String yuan) {
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("金额格式不正确：" + yuan);
        }
    }
}
