package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.zhifa.ZhifaApplication;
import org.zhifa.testsupport.Eventually;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Two zhifa instances behind one address on one PostgreSQL (README “several instances”): the test application and a
 * second one started here against the same database, sharing the key files and the evidence directory as a mounted
 * volume would, with its own search index. Requests alternate between them: a web session started on one is the
 * same session on the other (Spring Session JDBC, CSRF token included) and ends on both; a case is walked with every
 * step on the other instance than the one before; the public search of the second instance answers what the first
 * one's does, and catches up with a decision published or withdrawn on the first after both started.
 */
@ZhifaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int portA;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Value("${zhifa.db.data-dir}")
    Path dataDirA;

    ConfigurableApplicationContext instanceB;
    Path dataDirB;
    int portB;

    @BeforeAll
    void startSecondInstance() throws IOException {
        HikariDataSource ds = (HikariDataSource) dataSource;
        dataDirB = Files.createTempDirectory("zhifa-instance-b");
        // the key files are the same on every instance (one SM4 key for personal data, one evidence log key)
        Path keys = Files.createDirectories(dataDirB.resolve("keys"));
        try (Stream<Path> files = Files.list(dataDirA.resolve("keys"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, keys.resolve(f.getFileName()));
            }
        }
        SpringApplication app = new SpringApplication(ZhifaApplication.class);
        app.setAdditionalProfiles("test");
        instanceB = app.run("--server.port=0", "--zhifa.db.url=" + ds.getJdbcUrl(),
                "--zhifa.db.user=" + (ds.getUsername() == null ? "" : ds.getUsername()),
                "--zhifa.db.password=" + (ds.getPassword() == null ? "" : ds.getPassword()),
                "--zhifa.db.data-dir=" + dataDirB,
                "--zhifa.evidence.directory=" + dataDirA.resolve("evidence").toAbsolutePath(),
                "--zhifa.demo-data=false", "--spring.flyway.enabled=false", "--spring.main.banner-mode=off");
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopSecondInstance() throws IOException {
        if (instanceB != null) {
            instanceB.close();
        }
        if (dataDirB != null) {
            FileSystemUtils.deleteRecursively(dataDirB);
        }
    }

    /** One browser: one cookie jar for the one host name, whichever instance the balancer picks. */
    final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(int port, String path) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept",
                    "text/html").GET());
        }

        HttpResponse<String> post(int port, String path, Map<String, String> fields) {
            String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        String csrf(int port) {
            Matcher m = CSRF.matcher(get(port, "/login").body());
            assertThat(m.find()).as("CSRF token on the login page").isTrue();
            return m.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void a_web_session_started_on_one_instance_is_the_same_session_on_the_other_and_ends_on_both() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.post(portA, "/login", Map.of("username", "officer1", "password",
                TestApi.DEMO_PASSWORD, "_csrf", browser.csrf(portA)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).endsWith("/");
        // the session is a row of the shared database, not memory of instance A
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'officer1'").query(Long.class)
                .single()).isPositive();

        // the page on the other instance sees the logged-in user
        HttpResponse<String> home = browser.get(portB, "/");
        assertThat(home.statusCode()).as(location(home)).isEqualTo(200);
        String name = jdbc.sql("select display_name from user_account where username = 'officer1'")
                .query(String.class).single();
        assertThat(home.body()).contains(name).contains("/logout").doesNotContain("name=\"password\"");
        // a form of the session (CSRF token read on A) is accepted by B: the logout
        HttpResponse<String> logout = browser.post(portB, "/logout", Map.of("_csrf", browser.csrf(portA)));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).doesNotContain("error");
        // and the session has ended on A as well
        HttpResponse<String> after = browser.get(portA, "/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).contains("/login");
    }

    @Test
    void a_case_walked_with_each_step_on_the_other_instance() {
        CaseFlow onA = new CaseFlow(portA, jdbc);
        CaseFlow onB = new CaseFlow(portB, jdbc);
        LocalDate act = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        int n = (int) (System.nanoTime() % 90_000) + 10_000;

        long id = onA.create(onA.draft("GLF-77-1", act, n)).get("id").asLong();
        onB.ok("officer1", id, "submit-filing", CaseFlow.on(act, "opinion", "建议立案（测试）"));
        onA.ok("head1", id, "approve-filing", CaseFlow.on(act, "opinion", "同意立案（测试）"));
        onB.ok("officer1", id, "record-inquiry", onB.inquiry(act));
        onA.ok("officer1", id, "conclude-investigation", CaseFlow.conclude(act, 500));
        var submitted = onB.ok("officer1", id, "submit-review", CaseFlow.on(act));
        assertThat(submitted.toString()).isNotEmpty();
        // both instances show the same case, with its six steps
        assertThat(onA.get(id).get("state").asString()).isEqualTo(onB.get(id).get("state").asString());
        assertThat(onA.get(id).get("version").asInt()).isEqualTo(onB.get(id).get("version").asInt());
        // a stale version is refused whichever instance receives it
        var stale = TestApi.as(portB, "officer1").post("/api/cases/" + id + "/transitions/submit-review",
                Map.of("version", 0, "actedOn", act.toString()));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void a_bearer_token_issued_by_one_instance_works_on_the_other() {
        var token = TestApi.anonymous(portA).post("/api/auth/token",
                Map.of("username", "officer1", "password", TestApi.DEMO_PASSWORD)).json().get("token").asString();
        assertThat(TestApi.withToken(portB, token).get("/api/cases?size=1").status()).isEqualTo(200);
    }

    @Test
    void the_public_search_of_the_second_instance_catches_up_with_the_published_decisions() {
        String total = TestApi.anonymous(portA).get("/api/public/decisions?q=%E8%B6%85%E9%99%90").json().get("total")
                .toString();
        assertThat(Long.parseLong(total)).isPositive();
        // B built its own index from the table at its start (in the background) and answers the same
        Eventually.holds(Duration.ofSeconds(60), () -> assertThat(TestApi.anonymous(portB)
                .get("/api/public/decisions?q=%E8%B6%85%E9%99%90").json().get("total").toString()).isEqualTo(total));
    }

    @Test
    void a_decision_published_and_withdrawn_on_one_instance_is_found_and_then_gone_in_the_public_search_of_the_other() {
        // a phrase no other test writes: the case number in Chinese digits (CJK bigrams match it, Arabic digits not)
        int n = (int) (System.nanoTime() % 9_000) + 1_000;
        String phrase = "双实例" + String.valueOf(n).chars().mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0')))
                .collect(Collectors.joining());
        String query = "/api/public/decisions?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8);
        assertThat(TestApi.anonymous(portB).get(query).json().get("total").asInt()).isZero();

        // the decision event and the release by the unit head both happen on instance A, after B has started
        long caseId = 800_000L + n;
        String number = "德交执罚〔2025〕" + n + "号";
        String encoded = URLEncoder.encode(number, StandardCharsets.UTF_8);
        tx.executeWithoutResult(s -> events.publishEvent(new PenaltyDecisionMade(caseId, number, 11,
                "德令哈市交通运输综合行政执法大队", LocalDate.of(2025, 9, 26), PartyKind.CITIZEN, "吴小满", null, null,
                "青H54321", "违法超限运输", DecisionOutcome.PENALTY, "罚款人民币 3000 元",
                "当事人吴小满驾驶车辆超限运输，" + phrase + "。", true)));
        long id = jdbc.sql("select id from publication where case_id = ?").param(caseId).query(Long.class).single();
        TestApi head = TestApi.as(portA, "head1");
        int version = head.get("/api/publicity/publications?q=" + encoded).json().get("items").get(0).get("version").asInt();
        var released = head.post("/api/publicity/publications/" + id + "/release", Map.of("version", version));
        assertThat(released.status()).as(released.body()).isEqualTo(200);

        // B has no part in the release: its index catches up by its periodic poll of the change sequence
        Eventually.holds(Duration.ofSeconds(60), () -> {
            var found = TestApi.anonymous(portB).get(query).json();
            assertThat(found.get("total").asInt()).isEqualTo(1);
            assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        });

        // a withdrawal on A (Art. 48: with its explanation) leaves B's search as well
        tx.executeWithoutResult(s -> events.publishEvent(new PenaltyDecisionRevoked(caseId, number,
                LocalDate.of(2025, 9, 30), false, "经行政复议决定撤销")));
        int v2 = head.get("/api/publicity/publications?open=true&q=" + encoded).json().get("items").get(0).get("version")
                .asInt();
        var withdrawn = head.post("/api/publicity/publications/" + id + "/withdraw",
                Map.of("version", v2, "explanation", "该决定经行政复议被撤销"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        Eventually.holds(Duration.ofSeconds(60),
                () -> assertThat(TestApi.anonymous(portB).get(query).json().get("total").asInt()).isZero());
    }
}
