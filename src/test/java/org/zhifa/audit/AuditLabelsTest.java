package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.audit.internal.AuditLabels;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Every audit action has a Chinese name: the audit page shows no raw code (LOGIN, DOCUMENT_VIEWED, USER 3). */
@ZhifaIntegrationTest
class AuditLabelsTest {

    /** The action code of audit.success/refused/record("CODE", …) and of new AuditEvent(…, "CODE", "TYPE", …). */
    private static final Pattern CALL = Pattern.compile("\\.(?:success|refused|record)\\(\\s*\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");
    private static final Pattern EVENT = Pattern.compile(
            "new AuditEvent\\([^;]*?\"([A-Z][A-Z0-9_]*[A-Z0-9])\",\\s*\"([A-Z][A-Z0-9_]*)\"", Pattern.DOTALL);

    @Autowired
    AuditLabels labels;

    @LocalServerPort
    int port;

    @Test
    void every_audit_action_and_object_type_written_in_the_code_has_a_chinese_name() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> objects = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                Matcher m = CALL.matcher(s);
                while (m.find()) {
                    actions.add(m.group(1));
                    Matcher type = Pattern.compile("\\G\",\\s*\"([A-Z][A-Z0-9_]*)\"").matcher(s);
                    if (type.find(m.end(1))) {
                        objects.add(type.group(1));
                    }
                }
                Matcher e = EVENT.matcher(s);
                while (e.find()) {
                    actions.add(e.group(1));
                    objects.add(e.group(2));
                }
            }
        }
        assertThat(actions).hasSizeGreaterThan(50).contains("LOGIN", "DOCUMENT_VIEWED");
        assertThat(actions.stream().filter(a -> !labels.named(a)).toList()).as("未命名的审计操作").isEmpty();
        assertThat(objects.stream().filter(o -> !labels.namedObject(o)).toList()).as("未命名的对象类型").isEmpty();
    }

    @Test
    void the_codes_built_at_run_time_are_named_by_their_modules() {
        assertThat(labels.action("CASE_APPROVE_FILING")).isEqualTo("办案：批准立案");
        assertThat(labels.action("CERTIFICATE_RENEWAL")).isEqualTo("执法证换证");
        assertThat(labels.action("HTTP_POST")).isEqualTo("提交");
        assertThat(labels.detail("当场行政处罚决定书 德交执当罚〔2026〕1号（CASE:12），SM3 …")).contains("（案件 #12）")
                .doesNotContain("CASE");
    }

    @Test
    void the_audit_page_names_actions_and_objects_in_chinese() {
        WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        String page = WebSession.login(port, "auditor", TestApi.DEMO_PASSWORD).get("/admin/audit").body();
        String table = page.substring(page.indexOf("id=\"audit-table\""));
        assertThat(table).contains("登录").doesNotContain(">LOGIN<").doesNotContain(">USER<");
    }
}
