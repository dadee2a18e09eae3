package org.zhifa.inspection.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Typed values of a form's text parameters; a malformed one is named in {@code errors} (Chinese), never a 500. */
final class FormValues {

    private FormValues() {
    }

    static Long longOf(Map<String, String> p, String k, Map<String, String> errors) {
        String s = p.get(k);
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            errors.put(k, "格式不正确");
            return null;
        }
    }

    static Integer intOf(Map<String, String> p, String k, Map<String, String> errors) {
        String s = p.get(k);
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            errors.put(k, "请填写整数");
            return null;
        }
    }

    static BigDecimal decimalOf(Map<String, String> p, String k, Map<String, String> errors) {
        String s = p.get(k);
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            errors.put(k, "请填写数字");
            return null;
        }
    }

    static LocalDate dateOf(Map<String, String> p, String k, Map<String, String> errors) {
        String s = p.get(k);
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.put(k, "日期格式应为 YYYY-MM-DD");
            return null;
        }
    }

    static LocalTime timeOf(Map<String, String> p, String k, Map<String, String> errors) {
        String s = p.get(k);
        try {
            return s == null || s.isBlank() ? null : LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.put(k, "时间格式应为 HH:MM");
            return null;
        }
    }
}
