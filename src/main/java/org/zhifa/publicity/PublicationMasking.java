package org.zhifa.publicity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What personal data looks like once published (legal-rules §6: "mask personal data — names, ID numbers, phone
 * numbers, addresses, plate numbers partially"; 118号文). The choices, also stated in docs/public-search.md:
 * <ul>
 *   <li>natural person's name: the surname (a known compound surname such as 欧阳 when the name has at least three
 *       characters) followed by one 某 per remaining character — 张三 → 张某, 张三丰 → 张某某, 欧阳娜娜 → 欧阳某某;
 *       names of several parts joined by · (阿卜杜·热合曼) keep only the first character of the first part and the
 *       separator: 阿某某·某某某;</li>
 *   <li>resident ID number: the first and the last character only (1 + 16 × * + 1); the birth date and the region
 *       code are not needed to identify a published decision and are the most re-identifying parts;</li>
 *   <li>mobile phone: the first three and the last four digits (138****1234); a fixed line keeps its area code and
 *       its last four digits;</li>
 *   <li>address: kept down to the county or district (青海省海西蒙古族藏族自治州德令哈市***);</li>
 *   <li>plate: the province character, the issuing-authority letter and the last two characters
 *       (青H·1234X → 青H·***4X); the rest says nothing about the owner;</li>
 *   <li>organisation names and unified social credit codes are public information and are published in full.</li>
 * </ul>
 */
public final class PublicationMasking {

    public static final char MASK = '某';

    /** Compound surnames kept whole (百家姓 复姓 in common use, plus those frequent in the region). */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "闻人", "澹台", "公冶", "太史",
            "端木", "申屠", "濮阳", "呼延", "南宫", "万俟", "西门", "单于", "赫连", "独孤", "百里", "东郭", "拓跋",
            "完颜", "第五", "左丘", "谷梁", "宰父", "乐正", "夹谷", "段干", "司空", "司寇", "巫马", "公西");

    /** Separators written between the parts of a transliterated minority name. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[·•・‧．.]");

    /** 18-character resident ID (GB 11643): 6-digit region, 8-digit birth date, 3-digit order, check character. */
    private static final Pattern RESIDENT_ID =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(19|20)(\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(\\d{3})([0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");
    private static final Pattern FIXED_LINE = Pattern.compile("(?<!\\d)(0\\d{2,3})([-－ ]?)(\\d{3,4})(\\d{4})(?!\\d)");
    /** Plate: province abbreviation, issuing letter, optional separator, 5 (or 6 for new-energy) characters. */
    private static final Pattern PLATE = Pattern.compile(
            "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-Za-z])[·•・.\\- ]?([A-Za-z0-9]{4,5})([A-Za-z0-9挂学警港澳])(?![A-Za-z0-9])");
    private static final Pattern ADDRESS_LEVELS = Pattern.compile(
            "^((?:北京市|天津市|上海市|重庆市|[^省]{2,7}?省|[^区]{2,12}?自治区)?)"
                    + "((?:[^州市盟区县]{2,12}?(?:自治州|地区|盟|州|市))?)"
                    + "((?:[^县区市旗委]{1,12}?(?:自治县|县|区|市|旗|行委))?)");

    private PublicationMasking() {
    }

    /** A natural person's name as published: 张三 → 张某, 欧阳娜娜 → 欧阳某某, 阿卜杜·热合曼 → 阿某某·某某某. */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip().replaceAll("\\s+", "");
        Matcher separator = NAME_SEPARATOR.matcher(n);
        if (separator.find()) {
            String[] parts = NAME_SEPARATOR.split(n, -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.append('·');
                }
                String part = parts[i];
                int len = part.codePointCount(0, part.length());
                if (i == 0 && len > 0) {
                    out.appendCodePoint(part.codePointAt(0));
                    out.append(String.valueOf(MASK).repeat(len - 1));
                } else {
                    out.append(String.valueOf(MASK).repeat(len));
                }
            }
            return out.toString();
        }
        int len = n.codePointCount(0, n.length());
        if (len == 1) {
            return String.valueOf(MASK);
        }
        int keep = len >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, n.offsetByCodePoints(0, 2))) ? 2 : 1;
        int keepEnd = n.offsetByCodePoints(0, keep);
        return n.substring(0, keepEnd) + String.valueOf(MASK).repeat(len - keep);
    }

    /** A resident ID number: first and last character (110105199001011234 → 1****************4). */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.strip();
        if (s.length() <= 2) {
            return "*".repeat(s.length());
        }
        return s.charAt(0) + "*".repeat(s.length() - 2) + s.charAt(s.length() - 1);
    }

    /** A phone number: 13812341234 → 138****1234; 0977-8221234 → 0977-***1234. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String s = phone.strip();
        Matcher m = MOBILE.matcher(s);
        if (m.matches()) {
            return m.group(1) + "****" + m.group(3);
        }
        m = FIXED_LINE.matcher(s);
        if (m.matches()) {
            return m.group(1) + (m.group(2).isEmpty() ? "-" : m.group(2)) + "*".repeat(m.group(3).length())
                    + m.group(4);
        }
        String digits = s.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /** An address kept down to the county or district: 青海省海西州德令哈市长江路12号 → 青海省海西州德令哈市***. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String s = address.strip();
        Matcher m = ADDRESS_LEVELS.matcher(s);
        String kept = m.find() ? m.group(1) + m.group(2) + m.group(3) : "";
        if (kept.equals(s)) {
            return s;
        }
        return kept + "***";
    }

    /** A plate: 青H·1234X → 青H·***4X, 青HD12345 (new energy) → 青H·****45. */
    public static String plate(String plate) {
        if (plate == null || plate.isBlank()) {
            return "";
        }
        String s = plate.strip();
        Matcher m = PLATE.matcher(s);
        if (m.matches()) {
            return maskPlate(m);
        }
        // not a civil plate format: keep the first and last character only
        return s.length() <= 2 ? "**" : s.charAt(0) + "*".repeat(s.length() - 2) + s.charAt(s.length() - 1);
    }

    private static String maskPlate(Matcher m) {
        String serial = m.group(3) + m.group(4);
        return m.group(1) + m.group(2).toUpperCase() + "·" + "*".repeat(serial.length() - 2)
                + serial.substring(serial.length() - 2).toUpperCase();
    }

    /** The party as published: an organisation in full, a citizen masked. */
    public static String party(boolean naturalPerson, String name) {
        return naturalPerson ? personName(name) : (name == null ? "" : name.strip());
    }

    /**
     * Masks free text (facts, conclusion): the known personal items of the party (name, address, ID, phone, plate)
     * wherever they occur, then any resident ID number, mobile number or plate by their pattern. Names of other
     * natural persons cannot be found by pattern; that is why a reviewer reads the exact public text before release.
     */
    public static String text(String text, KnownPersonalData known) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String out = text;
        if (known != null) {
            for (String[] pair : known.replacements()) {
                if (pair[0] != null && pair[0].strip().length() >= 2) {
                    out = out.replace(pair[0].strip(), pair[1]);
                }
            }
        }
        out = replaceAll(RESIDENT_ID, out, m -> isResidentId(m.group()) ? idNumber(m.group()) : m.group());
        out = replaceAll(MOBILE, out, m -> m.group(1) + "****" + m.group(3));
        out = replaceAll(PLATE, out, PublicationMasking::maskPlate);
        return out;
    }

    /** GB 11643 check character (ISO 7064 MOD 11-2). */
    static boolean isResidentId(String id) {
        if (id.length() != 18) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String checks = "10X98765432";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return Character.toUpperCase(id.charAt(17)) == checks.charAt(sum % 11);
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The party's own personal data, found and replaced verbatim in free text. */
    public record KnownPersonalData(boolean naturalPerson, String name, String idNumber, String address,
            String phone, String plate) {

        List<String[]> replacements() {
            var list = new java.util.ArrayList<String[]>();
            if (naturalPerson) {
                list.add(new String[] {name, PublicationMasking.personName(name)});
                list.add(new String[] {idNumber, PublicationMasking.idNumber(idNumber)});
                // an organisation's registered address is public registration data; a citizen's home is not
                list.add(new String[] {address, PublicationMasking.address(address)});
            }
            list.add(new String[] {phone, PublicationMasking.phone(phone)});
            list.add(new String[] {plate, PublicationMasking.plate(plate)});
            return list;
        }
    }
}
