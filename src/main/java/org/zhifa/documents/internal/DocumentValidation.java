package org.zhifa.documents.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentField;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;

/**
 * Checks a document's fields before it is issued: required content present (for the decision documents, the
 * matters 处罚法 Art. 59 / Art. 52 require a decision to state), dates and amounts well-formed.
 */
public final class DocumentValidation {

    /** Where the unit's contact block comes from, said when it is missing. */
    static final String UNIT_CONTACT_HINT = "请系统管理员在“系统管理 › 单位管理”中填写本单位的地址、邮政编码、联系人和联系电话";

    private static final java.util.Set<String> RELEASE_ITEMS = java.util.Set.of("一", "二", "三", "四", "五");

    private DocumentValidation() {
    }

    /** The article whose required matters a decision must state, or null. */
    static String requiredContentArticle(DocumentType type) {
        switch (type) {
            case PENALTY_DECISION:
                return "《行政处罚法》第五十九条";
            case ON_THE_SPOT_DECISION:
                return "《行政处罚法》第五十二条";
            default:
                return null;
        }
    }

    public static void check(DocumentType type, Map<String, Object> normalized) {
        String article = requiredContentArticle(type);
        Map<String, String> errors = new LinkedHashMap<>();
        type.missingFields(normalized).forEach((k, m) -> errors.put(k, article == null ? m : m + "（" + article + "）"));
        for (DocumentField f : type.fields()) {
            Object v = normalized.get(f.key());
            if (v == null || errors.containsKey(f.key())) {
                continue;
            }
            String problem = shapeProblem(f, v);
            if (problem != null) {
                errors.put(f.key(), problem);
            }
        }
        errors.putAll(variantErrors(type, normalized, errors));
        if (errors.isEmpty()) {
            return;
        }
        // the unit's contact block is master data: the system administrator fills it in, not the issuer
        List<String> unitContact = errors.keySet().stream().filter(DocumentFields.UNIT_CONTACT_KEYS::contains).toList();
        unitContact.forEach(k -> errors.put(k, errors.get(k) + "，" + UNIT_CONTACT_HINT));
        String message;
        if (article != null) {
            message = type.title() + "未载明" + article + "规定的事项：" + labels(type, errors) + "，不予出具";
        } else {
            message = type.title() + "内容不完整或有误：" + labels(type, errors);
        }
        if (!unitContact.isEmpty()) {
            message += "（" + UNIT_CONTACT_HINT + "）";
        }
        throw new InvalidInputException(message, errors);
    }

    /**
     * The facts one variant of a form needs: the 中止（终结、恢复）行政强制执行通知书 states one matter, each with its own
     * facts (《行政强制法》第三十九条第一款 中止 from a date for a reason, 第四十条 终结 for a reason, 第三十九条第二款 恢复 after the
     * suspension decided on a date, or 第四十二条第二款 after the agreement of a date was not performed).
     */
    static Map<String, String> variantErrors(DocumentType type, Map<String, Object> f, Map<String, String> already) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == DocumentType.INSPECTION_RECORD && !blank(f.get("witness"))) {
            // 式样之三 prints the invitee's 单位及职务 beside the name ("无" entered for a person without one)
            need(f, errors, "witnessPost", "请填写被邀请人单位及职务（没有工作单位的填写“无”）");
        }
        if (type == DocumentType.RELEASE_COMPULSORY_MEASURE && !already.containsKey("releaseItem")
                && !RELEASE_ITEMS.contains(Formats.text(f.get("releaseItem")).strip())) {
            // 《行政强制法》第二十八条第一款 has five items
            errors.put("releaseItem", "解除依据应为第二十八条第一款第（一）项至第（五）项之一");
        }
        if (type == DocumentType.SERVICE_ADDRESS_CONFIRMATION && !already.containsKey("acceptsElectronicService")) {
            // 送达地址确认书: an electronic address only where the party agrees to electronic service, and then one
            boolean agrees = Boolean.TRUE.equals(f.get("acceptsElectronicService"));
            if (agrees && blank(f.get("electronicAddress"))) {
                errors.put("electronicAddress", "同意电子送达的，须载明电子送达地址");
            } else if (!agrees && !blank(f.get("electronicAddress"))) {
                errors.put("electronicAddress", "不同意电子送达的，不载明电子送达地址");
            }
            return errors;
        }
        if (type != DocumentType.EXECUTION_SUSPENSION_NOTICE || already.containsKey("action")) {
            return errors;
        }
        String action = Formats.text(f.get("action")).strip();
        switch (action) {
            case "中止":
                need(f, errors, "reason", "中止执行须载明理由");
                need(f, errors, "suspendedFrom", "中止执行须载明起始日期");
                break;
            case "终结":
                need(f, errors, "reason", "终结执行须载明理由");
                break;
            case "恢复":
                if (blank(f.get("suspendedOn")) && blank(f.get("agreementDate"))) {
                    errors.put("suspendedOn", "恢复执行须载明决定中止执行的日期或达成执行协议的日期");
                }
                break;
            default:
                errors.put("action", "事项应为中止、终结或恢复");
        }
        return errors;
    }

    private static void need(Map<String, Object> f, Map<String, String> errors, String key, String message) {
        if (blank(f.get(key))) {
            errors.put(key, message);
        }
    }

    private static boolean blank(Object v) {
        return v == null || Formats.text(v).isBlank();
    }

    private static String labels(DocumentType type, Map<String, String> errors) {
        return String.join("、", errors.keySet().stream().map(k -> type.fields().stream()
                .filter(f -> f.key().equals(k)).findFirst().map(DocumentField::label).orElse(k)).toList());
    }

    private static String shapeProblem(DocumentField f, Object v) {
        String s = Formats.text(v).strip();
        switch (f.kind()) {
            case DATE:
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    LocalDate.parse(s);
                    return null;
                } catch (RuntimeException e) {
                    return f.label() + "应为日期（如 2025-03-04）";
                }
            case DATE_TIME:
                if (s.isEmpty()) {
                    return null;
                }
                try {
                    LocalDateTime.parse(s);
                    return null;
                } catch (RuntimeException e) {
                    return f.label() + "应为日期时间（如 2025-03-04T09:30）";
                }
            case AMOUNT_FEN:
                if (!(v instanceof Long n) || n < 0) {
                    return f.label() + "应为以分为单位的非负整数";
                }
                return null;
            case ROWS:
            case QA:
            case OFFICERS:
                return v instanceof List<?> ? null : f.label() + "应为列表";
            case FLAG:
                return v instanceof Boolean ? null : f.label() + "应为是或否（true/false）";
            default:
                return null;
        }
    }
}
