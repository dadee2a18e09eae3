package org.zhifa.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.BenchmarkVersionPolicy;
import org.zhifa.catalog.model.ExemptionRules;
import org.zhifa.catalog.model.RecommendationEngine;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;

/**
 * The catalogue migrations and stores against a real embedded PostgreSQL, without the application context: the
 * seed loads, every seeded benchmark satisfies the benchmark policy, and the seeded data gives the expected
 * recommendations.
 */
class CatalogSeedTest {

    private static EmbeddedPostgres pg;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        pg.close();
    }

    @Test
    void at_least_30_violations_are_seeded_each_with_quoted_articles_and_sources() {
        ViolationStore store = new ViolationStore(jdbc);
        var all = store.search(null, null, 0, 200);
        assertThat(all.total()).isGreaterThanOrEqualTo(30);
        assertThat(all.items()).allSatisfy(v -> {
            assertThat(v.violatedText()).isNotBlank();
            assertThat(v.penaltyText()).isNotBlank();
            assertThat(v.violatedSource()).startsWith("《");
            assertThat(v.penaltyVersion()).isNotBlank();
        });
        assertThat(store.findByCode("GLAQ-69").orElseThrow().penaltyText())
                .isEqualTo("车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染的，由公路管理机构责令改正，处5000元以下的罚款。");
    }

    @Test
    void search_finds_over_limit_violations_by_a_two_character_chinese_keyword() {
        var page = new ViolationStore(jdbc).search("超限", null, 0, 20);
        assertThat(page.items()).extracting(Violation::code).contains("CX-43-M", "CX-43-D", "GLAQ-68");
        assertThat(page.items().get(0).name()).contains("超限");
        assertThat(new ViolationStore(jdbc).search("第六十九条", null, 0, 20).items())
                .extracting(Violation::code).contains("GLAQ-69");
    }

    @Test
    void every_seeded_benchmark_version_satisfies_the_benchmark_policy() {
        ViolationStore violations = new ViolationStore(jdbc);
        BenchmarkStore benchmarks = new BenchmarkStore(jdbc);
        for (Violation v : violations.search(null, null, 0, 200).items()) {
            for (BenchmarkVersion bv : benchmarks.versions(v.id())) {
                assertThat(BenchmarkVersionPolicy.content(v, bv).rejections()).as(v.code() + " v" + bv.versionNo())
                        .isEmpty();
            }
        }
    }

    @Test
    void the_seeded_spillage_benchmark_has_two_versions_and_applies_from_old_and_lighter() {
        Violation v = new ViolationStore(jdbc).findByCode("GLAQ-69").orElseThrow();
        List<BenchmarkVersion> versions = new BenchmarkStore(jdbc).versions(v.id());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        RecommendationEngine engine = new RecommendationEngine(CatalogProperties.defaults());
        Recommendation heavierNew = engine.recommend(v, versions, new RecommendationRequest("GLAQ-69",
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1), PartyType.CITIZEN,
                Map.of("damage_area_m2", 12, "traffic_affected", false), null), LocalDate.of(2025, 8, 1));
        assertThat(heavierNew.benchmarkVersion().versionNo()).isEqualTo(1);
        Recommendation lighterNew = engine.recommend(v, versions, new RecommendationRequest("GLAQ-69",
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1), PartyType.CITIZEN,
                Map.of("damage_area_m2", 3, "traffic_affected", false), null), LocalDate.of(2025, 8, 1));
        assertThat(lighterNew.benchmarkVersion().versionNo()).isEqualTo(2);
    }

    @Test
    void unlicensed_freight_with_gain_above_10000_yuan_is_fined_by_multiples_of_the_gain() {
        Violation v = new ViolationStore(jdbc).findByCode("DLYS-63-1").orElseThrow();
        Recommendation r = new RecommendationEngine(CatalogProperties.defaults()).recommend(v,
                new BenchmarkStore(jdbc).versions(v.id()), new RecommendationRequest("DLYS-63-1", LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 6, 1), PartyType.CITIZEN, Map.of("illegal_gain_yuan", 20000, "serious", false),
                        null), LocalDate.of(2025, 6, 1));
        assertThat(r.rangeMinFen()).isEqualTo(20_000_00);
        assertThat(r.rangeMaxFen()).isEqualTo(100_000_00);
        assertThat(r.otherMeasures()).isEqualTo("没收违法所得");
    }

    @Test
    void the_seeded_spillage_exemption_item_is_found_and_checked() {
        var item = new ExemptionStore(jdbc).activeFor("GLAQ-69").orElseThrow();
        assertThat(item.conditions()).hasSize(6);
        ExemptionResult r = new ExemptionRules(java.time.Period.ofYears(1)).check(item,
                Map.of("NO_OBSTRUCTION", true, "LOAD_SECURED", true, "MINOR_DAMAGE", true, "REPAIRED_IN_TIME", true),
                List.of(), LocalDate.of(2025, 5, 1));
        assertThat(r.outcome()).isEqualTo(ExemptionOutcome.NOT_APPLICABLE);
        assertThat(r.unmetConditions()).singleElement().asString().contains("告知承诺书");
        assertThat(new ViolationStore(jdbc).findByCode("GLAQ-69").orElseThrow().exemptionListed()).isTrue();
    }

    @Test
    void matters_have_their_change_history() {
        MatterStore matters = new MatterStore(jdbc);
        var dy = matters.findByCode("M-DY-01").orElseThrow();
        assertThat(matters.changes(dy.id())).extracting(c -> c.type().name()).contains("ESTABLISHED", "AMENDED");
    }
}
