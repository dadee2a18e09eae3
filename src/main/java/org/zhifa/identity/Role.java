package org.zhifa.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.zhifa.common.InvalidInputException;

/** The roles of zhifa (design.md). Three administrator roles are kept apart from each other and from business. */
public enum Role {
    OFFICER("执法人员", Kind.BUSINESS),
    AUXILIARY("执法辅助人员", Kind.BUSINESS),
    LEGAL_REVIEWER("法制审核人员", Kind.BUSINESS),
    UNIT_HEAD("单位负责人", Kind.BUSINESS),
    SUPERVISOR("执法监督人员", Kind.BUSINESS),
    SYSTEM_ADMIN("系统管理员", Kind.ADMIN),
    SECURITY_ADMIN("安全管理员", Kind.ADMIN),
    AUDIT_ADMIN("审计管理员", Kind.ADMIN);

    /** Business roles or one of the three separated administrator roles. */
    public enum Kind { BUSINESS, ADMIN }

    private final String label;
    private final Kind kind;

    Role(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAdmin() {
        return kind == Kind.ADMIN;
    }

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> admins() {
        return EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);
    }

    /** The role of a code such as {@code OFFICER}; a missing or unknown code is bad input naming the field. */
    public static Role parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("请指定角色（role）", Map.of("role", "请指定角色"));
        }
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("未知角色：" + code.strip(), Map.of("role", "未知角色")));
    }
}
