package org.zhifa.identity;

import java.util.ArrayList;
import java.util.List;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;

/** Password complexity (等保 2.0 三级 身份鉴别; legal-rules §11): length and character classes. */
public final class PasswordPolicy {

    public static final String ARTICLE = "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）三级 身份鉴别";

    private final int minLength;
    private final int minClasses;

    public PasswordPolicy(int minLength, int minClasses) {
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    public static PasswordPolicy of(SecurityProperties properties) {
        return new PasswordPolicy(properties.passwordMinLength(), properties.passwordMinClasses());
    }

    public PolicyDecision check(String password, String username) {
        List<Rejection> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add(Rejection.of(ARTICLE, "密码长度不得少于 " + minLength + " 位"));
        }
        if (password != null && classes(password) < minClasses) {
            problems.add(Rejection.of(ARTICLE, "密码须包含大写字母、小写字母、数字、特殊符号中的至少 " + minClasses + " 类"));
        }
        if (password != null && username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase())) {
            problems.add(Rejection.of(ARTICLE, "密码不得包含用户名"));
        }
        return new PolicyDecision(problems);
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
