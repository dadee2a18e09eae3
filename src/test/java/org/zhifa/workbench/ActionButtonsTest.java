package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Buttons for impossible actions are not shown. For several roles, every page of the enforcement modules reachable
 * from the home page (two levels deep, one page per kind) is read: each form it shows posts to a handler that exists
 * and whose role rule ({@code @PreAuthorize}, the same rule the POST enforces) admits this user — evaluated without
 * sending the POST, so no record changes — and each button-styled link opens for this user (not 403, not 404).
 */
@ZhifaIntegrationTest
class ActionButtonsTest {

    static final List<String> ROLES = List.of("officer1", "aux1", "reviewer1", "head1", "supervisor1");

    static final List<String> MODULES = List.of("/cases", "/inspection", "/patrol", "/supervision", "/publicity",
            "/nonsite", "/training", "/personnel", "/evidence");

    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern POST = Pattern.compile("(?i)\\bmethod=\"post\"");
    private static final Pattern SUBMIT = Pattern.compile(
            "(?i)<button\\b(?![^>]*\\btype=\"(?:button|reset)\")[^>]*>|<input\\b[^>]*\\btype=\"(?:submit|image)\"");
    private static final Pattern ACTION = Pattern.compile("(?i)\\baction=\"([^\"]*)\"");
    private static final Pattern BUTTON_LINK = Pattern.compile(
            "(?i)<a\\b[^>]*\\bclass=\"[^\"]*\\bbtn\\b[^\"]*\"[^>]*>|<a\\b[^>]*\\bhref=\"[^\"]*\"[^>]*\\bclass=\"[^\"]*\\bbtn\\b[^\"]*\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)\\bhref=\"([^\"#]*)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    private Authentication authentication(String username) {
        List<SimpleGrantedAuthority> roles = jdbc.sql("""
                select r.role from user_role r join user_account u on u.id = r.user_id where u.username = ?""")
                .param(username).query(String.class).list().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        assertThat(roles).as("roles of " + username).isNotEmpty();
        return new UsernamePasswordAuthenticationToken(username, null, roles);
    }

    /** Null when the role rule admits the user; otherwise why not. */
    private String refusal(String method, String path, Authentication user) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain;
        try {
            chain = mappings.getHandler(request);
        } catch (Exception e) {
            return "没有处理该请求的方法（" + e.getClass().getSimpleName() + "）";
        }
        if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
            return "没有处理该请求的方法";
        }
        Method m = handler.getMethod();
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return null;
        }
        Expression e = expressions.getExpressionParser().parseExpression(rule.value());
        var context = expressions.createEvaluationContext(() -> user, new SimpleMethodInvocation(handler.getBean(), m));
        return ExpressionUtils.evaluateAsBoolean(e, context) ? null : "角色规则 " + rule.value() + " 不允许";
    }

    private static boolean inModules(String path) {
        return MODULES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "?"));
    }

    private static String pathOf(String url) {
        String u = url.replace("&amp;", "&");
        int q = u.indexOf('?');
        return q < 0 ? u : u.substring(0, q);
    }

    @Test
    void every_shown_action_is_one_the_user_may_take() throws Exception {
        List<String> findings = new ArrayList<>();
        int forms = 0;
        int pages = 0;
        for (String role : ROLES) {
            WebSession session = WebSession.login(port, role, TestApi.DEMO_PASSWORD);
            Authentication user = authentication(role);
            Set<String> shapes = new HashSet<>();
            Set<String> checkedActions = new HashSet<>();
            Set<String> checkedLinks = new HashSet<>();
            List<String> queue = new ArrayList<>(ChineseScreensTest.links(session.get("/").body()));
            List<String> next = new ArrayList<>();
            for (int depth = 0; depth < 2; depth++) {
                for (String link : queue) {
                    if (!inModules(link) || !shapes.add(ChineseScreensTest.shape(link))) {
                        continue;
                    }
                    HttpResponse<String> r = session.get(link);
                    if (r.statusCode() != 200
                            || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                        continue;
                    }
                    pages++;
                    String html = r.body();
                    Matcher f = FORM.matcher(html);
                    while (f.find()) {
                        // a form without a submit button (e.g. a read-only attendance list) offers no action
                        if (!POST.matcher(f.group(1)).find() || !SUBMIT.matcher(f.group(2)).find()) {
                            continue;
                        }
                        Matcher a = ACTION.matcher(f.group(1));
                        if (!a.find()) {
                            continue;
                        }
                        String action = pathOf(a.group(1));
                        if (!inModules(action) || !checkedActions.add(action.replaceAll("\\d+", "N"))) {
                            continue;
                        }
                        forms++;
                        String why = refusal("POST", action, user);
                        if (why != null) {
                            findings.add(role + " 在 " + link + " 看到提交到 " + action + " 的按钮，但" + why);
                        }
                    }
                    Matcher b = BUTTON_LINK.matcher(html);
                    while (b.find()) {
                        Matcher h = HREF.matcher(b.group());
                        if (!h.find()) {
                            continue;
                        }
                        String target = h.group(1).replace("&amp;", "&");
                        if (!target.startsWith("/") || !inModules(target) || ChineseScreensTest.skipped(target)
                                || !checkedLinks.add(ChineseScreensTest.shape(target))) {
                            continue;
                        }
                        int status = session.get(target).statusCode();
                        if (status == 403 || status == 404) {
                            findings.add(role + " 在 " + link + " 看到按钮链接 " + target + "，打开答复 " + status);
                        }
                    }
                    next.addAll(ChineseScreensTest.links(html));
                }
                queue = next;
                next = new ArrayList<>();
            }
        }
        findings.forEach(f -> System.out.println("[不可执行的按钮] " + f));
        assertThat(pages).as("pages read").isGreaterThan(40);
        assertThat(forms).as("forms checked").isGreaterThan(15);
        assertThat(new TreeSet<>(findings)).isEmpty();
    }

    @Test
    void the_check_refuses_a_role_the_rule_does_not_admit() throws Exception {
        // the check itself: head-only training plans refuse an officer, admit a head; an unknown action is reported
        assertThat(refusal("POST", "/training/plans", authentication("officer1"))).contains("不允许");
        assertThat(refusal("POST", "/training/plans", authentication("head1"))).isNull();
        assertThat(refusal("POST", "/training/no-such-action", authentication("head1"))).isNotNull();
    }
}
