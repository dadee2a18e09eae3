package org.zhifa.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.RecommendationEngine;
import org.zhifa.catalog.store.ViolationStore;

/**
 * Figures for bench/catalog-bench.sh (not a test; prints, never asserts):
 * <ul>
 * <li>{@code recommend}: in-process recommendation throughput (engine only, no database);</li>
 * <li>{@code search-db}: catalogue search p95 over 5,000 violations in an embedded PostgreSQL;</li>
 * <li>{@code search-http URL USER PASSWORD [JDBC_URL DB_USER DB_PASSWORD]}: search p95 over HTTP against a running
 * instance, after topping its catalogue up to 5,000 violations through JDBC when a database URL is given.</li>
 * </ul>
 */
public final class CatalogBench {

    static final int TARGET = 5_000;
    static final List<String> QUERIES = List.of("超限", "第六十九条", "GLAQ-69", "道路运输经营", "遗洒", "标志", "BENCH-4321", "不存在的词语");

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "recommend" : args[0];
        switch (mode) {
            case "recommend": recommend(); break;
            case "search-db": searchDb(); break;
            case "search-http": searchHttp(Arrays.copyOfRange(args, 1, args.length)); break;
            default: System.out.println("用法: recommend | search-db | search-http URL USER PASSWORD [JDBC_URL DB_USER DB_PASSWORD]");
        }
    }

    static void recommend() {
        RecommendationEngine engine = new RecommendationEngine(CatalogProperties.defaults());
        var spill = Fixtures.spillage();
        List<BenchmarkVersion> versions = List.of(Fixtures.spillV1(LocalDate.of(2025, 6, 30)), Fixtures.spillV2());
        var mass = Fixtures.overLimitMass();
        RecommendationRequest both = Fixtures.request("GLAQ-69", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1),
                Map.of("damage_area_m2", 12, "traffic_affected", false), "ELIMINATED_HARM");
        RecommendationRequest massReq = Fixtures.request("CX-43-M", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1),
                Map.of("excess_kg", 6000));
        LocalDate today = LocalDate.of(2025, 8, 1);
        for (int i = 0; i < 50_000; i++) { // warm-up
            engine.recommend(spill, versions, both, today);
            engine.recommend(mass, List.of(), massReq, today);
        }
        int n = 200_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.recommend(spill, versions, both, today);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.recommend(mass, List.of(), massReq, today);
        }
        long t2 = System.nanoTime();
        System.out.printf("recommendation (two versions, 从旧兼从轻, one factor): %,.0f per second (%.2f µs each)%n",
                n / ((t1 - t0) / 1e9), (t1 - t0) / 1e3 / n);
        System.out.printf("recommendation (over-limit mass formula):            %,.0f per second (%.2f µs each)%n",
                n / ((t2 - t1) / 1e9), (t2 - t1) / 1e3 / n);
    }

    static void searchDb() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            long total = topUp(jdbc);
            ViolationStore store = new ViolationStore(jdbc);
            report("catalogue search in PostgreSQL (ViolationStore, page of 20)", total, q -> () -> store.search(q, null, 0, 20));
        }
    }

    static long topUp(JdbcClient jdbc) {
        long have = jdbc.sql("select count(*) from catalog_violation").query(Long.class).single();
        long missing = TARGET - have;
        if (missing > 0) {
            // Synthetic rows copied from the seeded ones, coded BENCH-n so that they are recognisable and removable.
            jdbc.sql("""
                    insert into catalog_violation (code, name, matter_id, violated_ref, violated_text, violated_source,
                        violated_version, penalty_ref, penalty_text, penalty_source, penalty_version, penalty_kinds,
                        range_kind, fine_min_fen, fine_max_fen, range_text, party_types, compulsory_measures, compulsory_note)
                    select 'BENCH-' || g, '基准测试数据 ' || g || ' ' || v.name, v.matter_id, v.violated_ref, v.violated_text,
                        v.violated_source, v.violated_version, v.penalty_ref, v.penalty_text, v.penalty_source,
                        v.penalty_version, v.penalty_kinds, v.range_kind, v.fine_min_fen, v.fine_max_fen, v.range_text,
                        v.party_types, v.compulsory_measures, v.compulsory_note
                    from generate_series(1, :n) g
                    join lateral (select * from catalog_violation where code not like 'BENCH-%'
                                  order by id offset (g % 40) limit 1) v on true""")
                    .param("n", missing).update();
            jdbc.sql("analyze catalog_violation").update();
        }
        return jdbc.sql("select count(*) from catalog_violation").query(Long.class).single();
    }

    static void searchHttp(String[] a) throws Exception {
        if (a.length < 3) {
            System.out.println("search-http 需要 URL USER PASSWORD");
            return;
        }
        String base = a[0];
        if (a.length >= 6) {
            try (var c = DriverManager.getConnection(a[3], a[4], a[5])) {
                long total = topUp(JdbcClient.create(new SingleConnectionDataSource(c, true)));
                System.out.println("violations in the instance's catalogue: " + total);
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"username\":\"" + a[1] + "\",\"password\":\"" + a[2] + "\"}";
        String tokenJson = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = tokenJson.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String totalJson = http.send(HttpRequest.newBuilder(URI.create(base + "/api/catalog/violations?size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        long total = Long.parseLong(totalJson.replaceAll(".*\"total\"\\s*:\\s*(\\d+).*", "$1"));
        report("GET /api/catalog/violations?q= over HTTP (page of 20)", total, q -> () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/api/catalog/violations?size=20&q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void report(String what, long rows, java.util.function.Function<String, Supplier<Object>> call) {
        System.out.println(what + " over " + rows + " violations:");
        List<Long> all = new ArrayList<>();
        for (String q : QUERIES) {
            Supplier<Object> s = call.apply(q);
            for (int i = 0; i < 10; i++) {
                s.get(); // warm-up
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                s.get();
                times.add(System.nanoTime() - t0);
            }
            all.addAll(times);
            System.out.printf("  q=%-10s p50 %6.2f ms  p95 %6.2f ms%n", q, pct(times, 50), pct(times, 95));
        }
        System.out.printf("  all queries: p95 %.2f ms (n=%d)%n", pct(all, 95), all.size());
    }

    static double pct(List<Long> nanos, int p) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1)) / 1e6;
    }
}
