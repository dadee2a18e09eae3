package org.zhifa.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.CaseSource;
import org.zhifa.cases.domain.CreditCode;
import org.zhifa.cases.domain.PlateNumber;
import org.zhifa.common.InvalidInputException;
import org.zhifa.personnel.IdCardNumber;

/** Field checks of a new case, with Chinese messages per field (400, never 500). */
final class DraftValidator {

    private DraftValidator() {
    }

    static void validate(CaseDraft d, LocalDate today) {
        Map<String, String> e = new LinkedHashMap<>();
        if (d.source() == null || !valid(CaseSource.class, d.source())) {
            e.put("source", "请选择案件来源");
        }
        if (d.violationCodes() == null || d.violationCodes().stream().allMatch(c -> c == null || c.isBlank())) {
            e.put("violationCodes", "请选择违法行为");
        }
        if (d.actDate() == null) {
            e.put("actDate", "请填写违法行为发生日期");
        } else if (d.actDate().isAfter(today)) {
            e.put("actDate", "违法行为发生日期不能晚于今天");
        }
        if (d.actEndDate() != null && d.actDate() != null && d.actEndDate().isBefore(d.actDate())) {
            e.put("actEndDate", "行为终了日期不能早于发生日期");
        }
        if (d.discoveredOn() != null && d.discoveredOn().isAfter(today)) {
            e.put("discoveredOn", "发现日期不能晚于今天");
        }
        if (blank(d.place())) {
            e.put("place", "请填写违法地点（路名、桩号）");
        }
        coordinates(d.longitude(), d.latitude(), e);
        if (d.partyKind() == null || !valid(PartyKind.class, d.partyKind())) {
            e.put("partyKind", "请选择当事人类型");
        }
        if (blank(d.partyName())) {
            e.put("partyName", "请填写当事人名称");
        }
        if (!blank(d.partyIdNumber()) && "CITIZEN".equals(d.partyKind())) {
            String p = IdCardNumber.problem(d.partyIdNumber());
            if (p != null) {
                e.put("partyIdNumber", p);
            }
        }
        if (!blank(d.partyIdNumber()) && "ORGANISATION".equals(d.partyKind())) {
            String p = CreditCode.problem(d.partyIdNumber());
            if (p != null) {
                e.put("partyIdNumber", p);
            }
        }
        if (!blank(d.plateNumber()) && PlateNumber.problem(d.plateNumber()) != null) {
            e.put("plateNumber", PlateNumber.problem(d.plateNumber()));
        }
        if (d.partyPhone() != null && !d.partyPhone().isBlank() && !d.partyPhone().trim().matches("[0-9+\\- ]{7,20}")) {
            e.put("partyPhone", "电话号码格式不正确");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", e.values()), e);
        }
    }

    private static void coordinates(BigDecimal lon, BigDecimal lat, Map<String, String> e) {
        if (lon == null && lat == null) {
            return;
        }
        if (lon == null || lat == null || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0
                || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            e.put("longitude", "经纬度应成对填写，经度 -180～180，纬度 -90～90");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String name) {
        try {
            Enum.valueOf(type, name.trim());
            return true;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
