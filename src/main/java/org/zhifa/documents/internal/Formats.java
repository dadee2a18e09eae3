package org.zhifa.documents.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** How values are printed in documents (Chinese dates, amounts in yuan with the capital-figure form). */
public final class Formats {

    private static final String[] DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] BIG_UNITS = {"", "万", "亿", "万亿"};

    private Formats() {
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return v.toString();
    }

    /** 2025-03-04 → 2025年3月4日; a value that is not an ISO date is printed as given. */
    public static String date(Object v) {
        String s = text(v);
        try {
            LocalDate d = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        } catch (RuntimeException e) {
            return s;
        }
    }

    /** 2025-03-04T09:05 → 2025年3月4日9时05分. */
    public static String dateTime(Object v) {
        String s = text(v);
        try {
            LocalDateTime t = LocalDateTime.parse(s);
            return date(t.toLocalDate().toString()) + t.getHour() + "时" + String.format("%02d", t.getMinute()) + "分";
        } catch (RuntimeException e) {
            return date(s);
        }
    }

    /** 300000 fen → 人民币3,000.00元（大写：叁仟元整）. */
    public static String amountFen(Object v) {
        long fen = fen(v);
        String yuan = String.format("%,.2f", BigDecimal.valueOf(fen, 2));
        return "人民币" + yuan + "元（大写：" + capital(fen) + "）";
    }

    static long fen(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(text(v).strip());
    }

    /** The capital-figure amount (大写金额) written on financial documents, e.g. 叁仟元整, 壹佰元伍角. */
    public static String capital(long fen) {
        if (fen == 0) {
            return "零元整";
        }
        StringBuilder sb = new StringBuilder();
        if (fen < 0) {
            sb.append("负");
            fen = -fen;
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int fenDigit = (int) (fen % 10);
        if (yuan > 0) {
            sb.append(integerCapital(yuan)).append("元");
        }
        if (jiao == 0 && fenDigit == 0) {
            sb.append("整");
        } else {
            if (jiao > 0) {
                sb.append(DIGITS[jiao]).append("角");
            } else if (yuan > 0) {
                sb.append("零");
            }
            if (fenDigit > 0) {
                sb.append(DIGITS[fenDigit]).append("分");
            }
        }
        return sb.toString();
    }

    private static String integerCapital(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean needZero = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            if (part != 0) {
                String s = fourDigits(part) + BIG_UNITS[group];
                if (needZero) {
                    s = s + "零";
                }
                out.insert(0, s);
                needZero = part < 1000;
            } else {
                needZero = out.length() > 0;
            }
            n /= 10000;
            group++;
        }
        String s = out.toString();
        while (s.endsWith("零")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.startsWith("零") ? s.substring(1) : s;
    }

    private static String fourDigits(int part) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = (int) (part / Math.pow(10, i)) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append("零");
                    zero = false;
                }
                sb.append(DIGITS[d]).append(SMALL_UNITS[i]);
            }
        }
        return sb.toString();
    }

    /** A party block in one line: 张三（公民），身份证号码：…，住址：…. */
    @SuppressWarnings("unchecked")
    public static String party(Object v) {
        if (!(v instanceof Map<?, ?> raw)) {
            return text(v);
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        StringBuilder sb = new StringBuilder(text(m.get("name")));
        append(sb, "", m.get("kind"), true);
        boolean organisation = text(m.get("kind")).contains("组织") || text(m.get("kind")).contains("法人")
                || "ORGANISATION".equals(m.get("kind"));
        append(sb, organisation ? "统一社会信用代码：" : "身份证号码：", m.get("idNumber"), false);
        append(sb, "法定代表人：", m.get("legalRepresentative"), false);
        append(sb, "住址：", m.get("address"), false);
        append(sb, "联系电话：", m.get("phone"), false);
        append(sb, "车牌号码：", m.get("plateNumber"), false);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String label, Object v, boolean bracket) {
        String s = text(v);
        if (s.isBlank()) {
            return;
        }
        if ("CITIZEN".equals(s)) {
            s = "公民";
        } else if ("ORGANISATION".equals(s)) {
            s = "法人或者其他组织";
        }
        sb.append(bracket ? "（" + s + "）" : "；" + label + s);
    }

    /** Officers: 李四（执法证号 630000001）、王五（执法证号 630000002）. */
    @SuppressWarnings("unchecked")
    public static String officers(Object v) {
        if (!(v instanceof List<?> list)) {
            return text(v);
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : list) {
            if (sb.length() > 0) {
                sb.append("、");
            }
            if (o instanceof Map<?, ?> m) {
                sb.append(text(((Map<String, Object>) m).get("name")));
                // 职务 where the form prints it (勘验笔录 式样之三), from the personnel file
                String post = text(((Map<String, Object>) m).get("post"));
                String cert = text(((Map<String, Object>) m).get("certificateNumber"));
                if (!post.isBlank() || !cert.isBlank()) {
                    sb.append("（").append(post.isBlank() ? "" : "职务 " + post)
                            .append(!post.isBlank() && !cert.isBlank() ? "，" : "")
                            .append(cert.isBlank() ? "" : "执法证号 " + cert).append("）");
                }
            } else {
                sb.append(text(o));
            }
        }
        return sb.toString();
    }
}
