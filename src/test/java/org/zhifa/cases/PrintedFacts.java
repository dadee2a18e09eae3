package org.zhifa.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scan of an issued document for facts nobody gave: every date (2026年10月12日), every time of day (14时05分) and the
 * value of every place and person field (地点, 执法人员, 受送达人…) printed on it must be one that was entered (typed in
 * the walk) or that comes from configured master data (unit names, officer names, the unit's reconsideration body and
 * court, the unit's address and contact person printed at the foot of its notices). Anything else is a fact the system made up, and is reported.
 */
final class PrintedFacts {

    /** Labels whose value is a place. */
    static final List<String> PLACE_LABELS = List.of("违法地点", "处罚地点", "送达地点", "保存地点", "听证地点", "执法地点",
            "勘验场所", "地点", "联系地址");
    /** Labels whose value is a person (or people). */
    static final List<String> PERSON_LABELS = List.of("执法人员", "记录人", "被询问人", "受送达人", "签收人", "送达人",
            "审批负责人", "审核人", "法制审核人员", "听证主持人", "主持人", "听证员", "见证人", "承办人", "记录员", "勘验人",
            "被邀请人", "联系人", "第三人", "其他参与人员");

    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})时(\\d{2})分");

    private final Set<LocalDate> dates = new LinkedHashSet<>();
    private final Set<LocalTime> times = new LinkedHashSet<>();
    private final Set<String> values = new LinkedHashSet<>();

    /** A date entered (also the dates written inside entered text, e.g. 于2026年10月10日). */
    PrintedFacts date(LocalDate d) {
        dates.add(d);
        return this;
    }

    PrintedFacts time(LocalTime t) {
        times.add(t);
        return this;
    }

    /**
     * Every value typed in a form: ISO dates, times and date-times are taken as such, any text as an allowed place or
     * name and for the dates and times written in it.
     */
    PrintedFacts entered(Collection<String> typed) {
        for (String v : typed) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String s = v.strip();
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.add(LocalDate.parse(s));
            } else if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
                LocalDateTime t = LocalDateTime.parse(s);
                dates.add(t.toLocalDate());
                times.add(t.toLocalTime());
            } else if (s.matches("\\d{2}:\\d{2}")) {
                times.add(LocalTime.parse(s));
            } else {
                values.add(s);
                Matcher m = DATE.matcher(s);
                while (m.find()) {
                    dates.add(date(m));
                }
            }
        }
        return this;
    }

    /** Names from configured master data (units, officers, remedies bodies, the units' addresses and contacts). */
    PrintedFacts master(Collection<String> names) {
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(values::add);
        return this;
    }

    /**
     * What the document prints that was neither entered nor configured: each finding names the kind and the text.
     *
     * @param lines the document's text as pdftotext gives it (lines kept, cells of a table row apart)
     */
    List<String> strays(String lines) {
        List<String> out = new ArrayList<>();
        String flat = lines.replaceAll("\\s+", "");
        Matcher d = DATE.matcher(flat);
        while (d.find()) {
            if (!dates.contains(date(d))) {
                out.add("日期 " + d.group());
            }
        }
        Matcher t = TIME.matcher(flat);
        while (t.find()) {
            LocalTime time = LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)));
            if (!times.contains(time)) {
                out.add("时间 " + t.group());
            }
        }
        String[] rows = lines.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            for (String label : labels()) {
                if (!row.startsWith(label)) {
                    continue;
                }
                String rest = row.substring(label.length());
                String value;
                if (rest.isBlank()) {
                    // a label alone on its line (a form's left cell): its value is the next line
                    value = i + 1 < rows.length ? rows[i + 1].strip() : "";
                } else if (rest.startsWith("：") || Character.isWhitespace(rest.charAt(0))) {
                    value = rest.replaceFirst("^[：\\s]+", "");
                } else {
                    break; // the label word inside a sentence (执法人员当场查明…), not a field
                }
                value = value.replaceAll("\\s+", "");
                if (!value.isEmpty() && !value.startsWith("＿") && !value.startsWith("签名") && !allowed(value)) {
                    out.add((PLACE_LABELS.contains(label) ? "地点 " : "人员 ") + label + "：" + value);
                }
                break;
            }
        }
        return out;
    }

    private boolean allowed(String value) {
        for (String v : values) {
            String compact = v.replaceAll("\\s+", "");
            if (value.startsWith(compact) || compact.startsWith(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> labels() {
        List<String> all = new ArrayList<>(PLACE_LABELS);
        all.addAll(PERSON_LABELS);
        // longest first, so that 违法地点 is read as itself and not as 地点
        all.sort((a, b) -> b.length() - a.length());
        return all;
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
