package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Every page a demo role reaches (the links of its home page and navigation, and one level deeper) speaks Chinese:
 * no English words and no raw codes (enum names, audit action codes, "USER 3") outside an allow-list of terms
 * Chinese officers use as they are (PDF, OFD, SM3, Excel…), user names and identifiers that contain digits (plates,
 * document numbers, hashes).
 */
@ZhifaIntegrationTest
class ChineseScreensTest {

    static final List<String> ROLES = List.of("officer1", "aux1", "reviewer1", "head1", "head0", "supervisor1",
            "admin", "secadmin", "auditor");

    /** Terms shown as they are on Chinese government systems. */
    static final Set<String> ALLOWED = Set.of("zhifa", "PDF", "OFD", "DOCX", "SM2", "SM3", "SM4", "API", "Excel", "ID", "URL", "CSV",
            "JSON", "HTTP", "HTTPS", "TOTP", "QR", "GB", "T", "JT", "km", "h", "kg", "KB", "MB", "IP", "CA", "RFC",
            "PKCS", "OCSP", "PNG", "JPEG", "JPG", "MP4", "ZIP", "XML", "Kafka", "OpenAPI", "Swagger", "PostgreSQL",
            "WIM", "GPS", "VIN", "ECharts", "Chrome", "Edge", "Firefox", "Safari", "Ctrl", "Enter", "Tab", "Esc",
            "j", "k", "c", "r", "x", "IE", "Hash", "hash", "SHA", "RSA", "ECDSA", "Unicode", "UTF", "HSM", "USB", "Key",
            "UKey", "APP", "App", "UID", "OA", "ISO", "FreeOTP", "Google", "Authenticator", "JavaScript", "LawRefBook",
            "Laws", "PEM", "xlsx", "csv", "pdf", "ofd", "docx");

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"#]+)[^\"]*\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_\\-.]*");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void no_page_reachable_by_a_demo_role_shows_english_words_or_raw_codes() {
        Set<String> usernames = new HashSet<>(jdbc.sql("select username from user_account").query(String.class).list());
        // unit codes (the short codes of document numbers) are identifiers, not words
        for (String code : jdbc.sql("select code from org_unit").query(String.class).list()) {
            usernames.addAll(List.of(code.split("-")));
        }
        Map<String, Set<String>> findings = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        int pages = 0;
        for (String role : ROLES) {
            WebSession session = WebSession.login(port, role, TestApi.DEMO_PASSWORD);
            Set<String> shapes = new HashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            HttpResponse<String> home = session.get("/");
            List<String> first = links(home.body());
            scan(role, "/", home.body(), usernames, findings);
            List<String> second = new ArrayList<>();
            for (String link : first) {
                if (!shapes.add(shape(link)) || !seen.add(link)) {
                    continue;
                }
                HttpResponse<String> r = fetch(session, role, link, broken);
                pages++;
                if (r != null && isHtml(r)) {
                    scan(role, link, r.body(), usernames, findings);
                    second.addAll(links(r.body()));
                }
            }
            for (String link : second) {
                if (!shapes.add(shape(link)) || !seen.add(link)) {
                    continue;
                }
                HttpResponse<String> r = fetch(session, role, link, broken);
                pages++;
                if (r != null && isHtml(r)) {
                    scan(role, link, r.body(), usernames, findings);
                }
            }
        }
        findings.forEach((word, where) -> System.out.println("[英文或代码] " + word + " ← " + where));
        assertThat(pages).as("crawled pages").isGreaterThan(60);
        assertThat(broken).as("pages answering 5xx").isEmpty();
        assertThat(findings.keySet()).as("English words or raw codes on screen (see the printed list)").isEmpty();
    }

    /** The page, or null (and a line in {@code broken}) when it fails with 5xx or breaks off while rendering. */
    private static HttpResponse<String> fetch(WebSession session, String role, String link, List<String> broken) {
        try {
            HttpResponse<String> r = session.get(link);
            if (r.statusCode() >= 500) {
                broken.add(role + " " + link + " → " + r.statusCode());
            }
            return r;
        } catch (IllegalStateException e) {
            broken.add(role + " " + link + " → " + e.getMessage());
            return null;
        }
    }

    private static boolean isHtml(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /** Same page kind: ids and query values do not matter (one case page stands for all). */
    static String shape(String link) {
        int q = link.indexOf('?');
        String path = (q < 0 ? link : link.substring(0, q)).replaceAll("\\d+", "N");
        Set<String> params = new TreeSet<>();
        if (q >= 0) {
            for (String p : link.substring(q + 1).split("&")) {
                String name = p.split("=", 2)[0];
                if (!name.equals("page")) {
                    params.add(name);
                }
            }
        }
        return path + params;
    }

    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (!href.startsWith("/") || href.startsWith("//") || skipped(href)) {
                continue;
            }
            out.add(href);
        }
        return out;
    }

    static boolean skipped(String href) {
        String h = href.toLowerCase();
        return h.startsWith("/api/") || h.startsWith("/logout") || h.startsWith("/webjars") || h.startsWith("/css/")
                || h.startsWith("/js/") || h.startsWith("/img/") || h.startsWith("/swagger") || h.startsWith("/v3/")
                || h.contains("export") || h.contains("download") || h.contains("/content") || h.contains("/photo")
                || h.contains("/attachments/") || h.contains(".pdf") || h.contains(".ofd") || h.contains(".xlsx")
                || h.contains(".csv") || h.contains(".cer") || h.contains(".png") || h.contains("/file");
    }

    /** The visible text (and placeholders and titles) of a page. */
    static String visibleText(String html) {
        // technical identifiers marked translate="no" (file column names, commands, key material) are not language
        String s = html.replaceAll("(?is)<head.*?</head>", " ").replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ").replaceAll("(?is)<pre[^>]*>.*?</pre>", " ")
                .replaceAll("(?is)<(\\w+)\\b[^>]*\\btranslate=\"no\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?is)<kbd[^>]*>.*?</kbd>", " ");
        StringBuilder attributes = new StringBuilder();
        Matcher a = Pattern.compile("(?i)\\b(?:placeholder|title|aria-label|alt)=\"([^\"]*)\"").matcher(s);
        while (a.find()) {
            attributes.append(' ').append(a.group(1));
        }
        s = s.replaceAll("(?s)<[^>]*>", " ") + attributes;
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("&#?\\w+;", " ")
                .replaceAll("https?://\\S+", " ").replaceAll("(?<![\\w/])/[\\w\\-./?=&%~]+", " ")
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", " ")
                .replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", " ");
    }

    private static void scan(String role, String page, String html, Set<String> usernames,
            Map<String, Set<String>> findings) {
        Matcher m = WORD.matcher(visibleText(html));
        while (m.find()) {
            String word = m.group().replaceAll("[.\\-]+$", "");
            if (word.length() < 2 || !LETTERS.matcher(word).find() || DIGITS.matcher(word).find()) {
                continue;
            }
            // file names such as 决定书.pdf are not words
            if (word.contains(".") || word.contains("-") && !word.contains("_")) {
                continue;
            }
            if (ALLOWED.contains(word) || usernames.contains(word)) {
                continue;
            }
            findings.computeIfAbsent(word, w -> new TreeSet<>()).add(role + " " + page);
        }
    }
}
