package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.ChinaTime;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The demo data hold the year's case-file evaluation campaign, started and drawn by supervisor1 through the campaign
 * code, so that the action-plan ledger's evaluation task (执法案卷评查活动) is met from the demo data alone.
 */
@ZhifaIntegrationTest
class SupervisionDemoDataTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoDataHoldTheYearsDrawnEvaluationCampaignAndTheLedgersEvaluationTaskIsMetFromIt() {
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        var campaign = jdbc.sql("""
                select id, number, state, population, created_name from eval_campaign
                where year = ? and title like '%（演示）' order by id limit 1""").param(year).query().singleRow();
        long id = ((Number) campaign.get("id")).longValue();
        assertThat(campaign.get("created_name")).isNotNull();
        assertThat(campaign.get("state")).isEqualTo("DRAWN");
        // the demo year's closed files are its population; the draw took files from it, each for supervisor1
        assertThat(((Number) campaign.get("population")).longValue()).isPositive();
        long files = jdbc.sql("select count(*) from eval_file where campaign_id = ?").param(id).query(Long.class).single();
        assertThat(files).isPositive().isLessThanOrEqualTo(((Number) campaign.get("population")).longValue());
        assertThat(jdbc.sql("""
                select count(*) from eval_file f join user_account u on u.id = f.evaluator_user_id
                where f.campaign_id = ? and u.username = 'supervisor1'""").param(id).query(Long.class).single())
                .isEqualTo(files);
        // the draw is published: anyone can recompute it from the manifest
        var manifest = TestApi.anonymous(port).get("/api/public/supervision/campaigns/" + campaign.get("number")
                + "/manifest.json");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"seed\"");

        JsonNode ledger = TestApi.as(port, "supervisor1").get("/api/reporting/ledger?unitId=2&year=" + year).json();
        JsonNode task = null;
        for (JsonNode line : ledger) {
            if ("EVALUATION_CAMPAIGN".equals(line.get("task").get("proof").asString())) {
                task = line;
            }
        }
        assertThat(task).as("the ledger's evaluation task").isNotNull();
        JsonNode entry = task.get("progress").get(0);
        assertThat(entry.get("source").asString()).isEqualTo("SYSTEM");
        assertThat(entry.get("status").asString()).isEqualTo("DONE");
        assertThat(entry.get("evidence").get(0).get("href").asString()).isEqualTo("/supervision/campaigns/" + id);
        assertThat(task.get("overdue").asBoolean()).isFalse();
    }
}
