package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.IdCardNumber;

/**
 * Checks every row of a roster sheet and says, in Chinese, which row, which column and what is wrong. Pure: the
 * database is reached through {@link Lookups}.
 */
public final class RosterImportValidator {

    /** What the validator needs to know about existing data. */
    public interface Lookups {
        /** The unit of that name, if it exists. */
        Optional<Long> unitByName(String name);

        /** Whether the importing user may add people to the unit. */
        boolean editable(long unitId);

        boolean idNumberRegistered(IdCardNumber number);

        boolean certificateNumberRegistered(String number);

        /** An officer in post of that name in the unit (for an auxiliary's responsible officer). */
        Optional<Long> officerInUnit(long unitId, String name);
    }

    /** One problem: sheet row number (as Excel shows it), column title and message. */
    public record RowError(int row, String column, String message) {

        public String text() {
            return "第" + row + "行【" + column + "】" + message;
        }
    }

    /** A row as read from the sheet: its Excel row number and text per column. */
    public record SheetRow(int row, Map<RosterColumn, String> cells) {

        String get(RosterColumn c) {
            String v = cells.get(c);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** A checked row: the forms to save when it has no errors. */
    public record CheckedRow(int row, String name, OfficerForm officer, CertificateForm certificate,
            List<RowError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Lookups lookups;
    private final LocalDate today;

    public RosterImportValidator(Lookups lookups, LocalDate today) {
        this.lookups = lookups;
        this.today = today;
    }

    public List<CheckedRow> check(List<SheetRow> rows) {
        List<CheckedRow> out = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Integer> seenCerts = new HashMap<>();
        for (SheetRow r : rows) {
            List<RowError> errors = new ArrayList<>();
            OfficerForm f = new OfficerForm();
            for (RosterColumn c : RosterColumn.values()) {
                if (c.required() && r.get(c) == null) {
                    errors.add(err(r, c, "不能为空"));
                }
            }
            f.setName(r.get(RosterColumn.NAME));
            f.setGender(r.get(RosterColumn.GENDER) == null ? null
                    : Gender.parse(r.get(RosterColumn.GENDER)).map(Enum::name).orElse("?"));
            f.setEthnicity(r.get(RosterColumn.ETHNICITY));
            f.setIdNumber(r.get(RosterColumn.ID_NUMBER));
            f.setPost(r.get(RosterColumn.POST));
            String kind = r.get(RosterColumn.KIND);
            if (kind == null) {
                f.setKind(StaffKind.OFFICER.name());
            } else {
                Optional<StaffKind> k = StaffKind.parse(kind);
                if (k.isEmpty()) {
                    errors.add(err(r, RosterColumn.KIND, "应为“执法人员”或“执法辅助人员”"));
                }
                f.setKind(k.orElse(StaffKind.OFFICER).name());
            }
            enumCell(r, RosterColumn.EDUCATION, errors, Education::parse, f::setEducation, Education.values());
            enumCell(r, RosterColumn.EMPLOYMENT, errors, EmploymentType::parse, f::setEmploymentType,
                    EmploymentType.values());
            f.setJoinedOn(date(r, RosterColumn.JOINED_ON, errors));
            f.setLegalQualification(yes(r, RosterColumn.LEGAL_QUALIFICATION, errors));
            f.setLegalQualificationNo(r.get(RosterColumn.LEGAL_QUALIFICATION_NO));
            f.setLegalReviewer(yes(r, RosterColumn.LEGAL_REVIEWER, errors));

            String unitName = r.get(RosterColumn.UNIT);
            if (unitName != null) {
                Optional<Long> unit = lookups.unitByName(unitName);
                if (unit.isEmpty()) {
                    errors.add(err(r, RosterColumn.UNIT, "单位“" + unitName + "”不存在，请填写单位全称"));
                } else if (!lookups.editable(unit.get())) {
                    errors.add(err(r, RosterColumn.UNIT, "无权向“" + unitName + "”导入人员"));
                } else {
                    f.setUnitId(unit.get());
                }
            }
            String responsible = r.get(RosterColumn.RESPONSIBLE);
            if (responsible != null && f.getUnitId() != null && f.staffKind() == StaffKind.AUXILIARY) {
                Optional<Long> officer = lookups.officerInUnit(f.getUnitId(), responsible);
                if (officer.isEmpty()) {
                    errors.add(err(r, RosterColumn.RESPONSIBLE, "本单位没有名为“" + responsible + "”的在岗执法人员"));
                }
                f.setResponsibleOfficerId(officer.orElse(null));
            }
            // Field checks of the form itself, reported against their column (unit errors are reported above).
            Map<String, String> formErrors = f.check(today);
            formErrors.forEach((field, message) -> {
                RosterColumn column = columnOf(field);
                boolean alreadyBlank = column != null && column.required() && r.get(column) == null;
                if (column != RosterColumn.UNIT && !alreadyBlank && !(field.equals("responsibleOfficerId")
                        && responsible != null)) {
                    errors.add(new RowError(r.row(), column == null ? "—" : column.title(), message));
                }
            });
            String id = r.get(RosterColumn.ID_NUMBER);
            if (id != null && IdCardNumber.problem(id) == null) {
                String normalized = IdCardNumber.of(id).value();
                Integer first = seenIds.putIfAbsent(normalized, r.row());
                if (first != null) {
                    errors.add(err(r, RosterColumn.ID_NUMBER, "与第" + first + "行的身份证号重复"));
                } else if (lookups.idNumberRegistered(IdCardNumber.of(id))) {
                    errors.add(err(r, RosterColumn.ID_NUMBER, "该身份证号已登记在系统中"));
                }
            }
            CertificateForm cert = certificate(r, f, errors, seenCerts);
            out.add(new CheckedRow(r.row(), f.getName(), f, cert, List.copyOf(errors)));
        }
        return out;
    }

    private CertificateForm certificate(SheetRow r, OfficerForm f, List<RowError> errors,
            Map<String, Integer> seenCerts) {
        String number = r.get(RosterColumn.CERT_NUMBER);
        boolean anyCertCell = Arrays.asList(RosterColumn.CERT_NUMBER, RosterColumn.CERT_AUTHORITY,
                RosterColumn.CERT_CATEGORIES, RosterColumn.CERT_ISSUED_ON, RosterColumn.CERT_EXPIRES_ON).stream()
                .anyMatch(c -> r.get(c) != null);
        if (!anyCertCell) {
            return null;
        }
        if (f.staffKind() == StaffKind.AUXILIARY) {
            errors.add(err(r, RosterColumn.CERT_NUMBER, "辅助人员不得申领行政执法证件（《行政处罚法》第四十二条）"));
            return null;
        }
        CertificateForm c = new CertificateForm();
        c.setNumber(number);
        c.setIssuingAuthority(r.get(RosterColumn.CERT_AUTHORITY));
        String cats = r.get(RosterColumn.CERT_CATEGORIES);
        List<String> codes = new ArrayList<>();
        if (cats != null) {
            for (String part : cats.split("[、,，;；\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<EnforcementCategory> cat = EnforcementCategory.parse(part);
                if (cat.isEmpty()) {
                    errors.add(err(r, RosterColumn.CERT_CATEGORIES, "未知的执法门类“" + part + "”"));
                } else {
                    codes.add(cat.get().name());
                }
            }
        }
        c.setCategories(codes);
        c.setIssuedOn(date(r, RosterColumn.CERT_ISSUED_ON, errors));
        c.setExpiresOn(date(r, RosterColumn.CERT_EXPIRES_ON, errors));
        c.check(today).forEach((field, message) -> {
            RosterColumn column = switch (field) {
                case "number" -> RosterColumn.CERT_NUMBER;
                case "issuingAuthority" -> RosterColumn.CERT_AUTHORITY;
                case "categories" -> RosterColumn.CERT_CATEGORIES;
                case "issuedOn" -> RosterColumn.CERT_ISSUED_ON;
                default -> RosterColumn.CERT_EXPIRES_ON;
            };
            if (errors.stream().noneMatch(e -> e.column().equals(column.title()))) {
                errors.add(err(r, column, message));
            }
        });
        if (number != null) {
            Integer first = seenCerts.putIfAbsent(number, r.row());
            if (first != null) {
                errors.add(err(r, RosterColumn.CERT_NUMBER, "与第" + first + "行的执法证号重复"));
            } else if (lookups.certificateNumberRegistered(number)) {
                errors.add(err(r, RosterColumn.CERT_NUMBER, "执法证号“" + number + "”已登记在系统中"));
            }
        }
        c.setNote("名册导入");
        return c;
    }

    private static <E extends Enum<E>> void enumCell(SheetRow r, RosterColumn column, List<RowError> errors,
            java.util.function.Function<String, Optional<E>> parse, java.util.function.Consumer<String> set,
            E[] values) {
        String v = r.get(column);
        if (v == null) {
            return;
        }
        Optional<E> e = parse.apply(v);
        if (e.isEmpty()) {
            errors.add(err(r, column, "“" + v + "”不是可选值"));
        } else {
            set.accept(e.get().name());
        }
    }

    private static boolean yes(SheetRow r, RosterColumn column, List<RowError> errors) {
        String v = r.get(column);
        if (v == null || v.equals("否") || v.equals("无")) {
            return false;
        }
        if (v.equals("是") || v.equals("有")) {
            return true;
        }
        errors.add(err(r, column, "应填“是”或“否”"));
        return false;
    }

    private static LocalDate date(SheetRow r, RosterColumn column, List<RowError> errors) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("yyyy-M-d"));
            } catch (DateTimeParseException e2) {
                errors.add(err(r, column, "日期格式应为 YYYY-MM-DD"));
                return null;
            }
        }
    }

    private static RosterColumn columnOf(String field) {
        return switch (field) {
            case "name" -> RosterColumn.NAME;
            case "gender" -> RosterColumn.GENDER;
            case "ethnicity" -> RosterColumn.ETHNICITY;
            case "idNumber" -> RosterColumn.ID_NUMBER;
            case "unitId" -> RosterColumn.UNIT;
            case "kind" -> RosterColumn.KIND;
            case "education" -> RosterColumn.EDUCATION;
            case "employmentType" -> RosterColumn.EMPLOYMENT;
            case "joinedOn" -> RosterColumn.JOINED_ON;
            case "legalQualificationNo" -> RosterColumn.LEGAL_QUALIFICATION_NO;
            case "legalReviewer" -> RosterColumn.LEGAL_REVIEWER;
            case "post" -> RosterColumn.POST;
            case "responsibleOfficerId" -> RosterColumn.RESPONSIBLE;
            default -> null;
        };
    }

    private static RowError err(SheetRow r, RosterColumn c, String message) {
        return new RowError(r.row(), c.title(), message);
    }
}
