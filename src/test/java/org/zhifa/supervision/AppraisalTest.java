package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The yearly appraisal of units (评议考核): weights from the settings, adjustments only with a recorded reason. */
@ZhifaIntegrationTest
class AppraisalTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from complaint_handling where number like 'APPR-TEST-%'").update();
        jdbc.sql("delete from usage_register_count where unit_id = 20 and month < date '2017-01-01'").update();
    }

    /** The computed score is the weighted mean of the components that have data, by the configured weights. */
    private static BigDecimal expected(JsonNode weights, JsonNode row) {
        BigDecimal sum = BigDecimal.ZERO;
        int weight = 0;
        for (String k : new String[] {"enforcement", "supervision", "complaints", "rules", "usage"}) {
            if (!row.get(k).isNull() && weights.get(k).asInt() > 0) {
                sum = sum.add(row.get(k).decimalValue().multiply(BigDecimal.valueOf(weights.get(k).asInt())));
                weight += weights.get(k).asInt();
            }
        }
        return sum.divide(BigDecimal.valueOf(weight), 2, RoundingMode.HALF_UP);
    }

    @Test
    void usageRateAndComplaintCountAreWeightedComponentsOfTheAppraisal() {
        // 2016: no case, no complaint and no action in zhifa by 格尔木's staff (checked), so every figure is known
        assertThat(jdbc.sql("select count(*) from penalty_case where unit_id in (20, 21) and registered_on < "
                + "date '2017-01-01' and registered_on >= date '2016-01-01'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where occurred_at < timestamptz '2017-01-01 00:00+08' "
                + "and occurred_at >= timestamptz '2016-01-01 00:00+08'").query(Long.class).single()).isZero();
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("""
                    insert into complaint_handling (complaint_id, number, category, category_label, green_channel, subject,
                        concerned_unit_id, unit_id, accepted_on, state)
                    values (:id, :n, 'COMPLAINT', '投诉', false, '评议考核测试投诉', 20, :assigned, :on, 'ACCEPTED')""")
                    .param("id", -9000L - i).param("n", "APPR-TEST-" + i).param("assigned", i == 3 ? 21 : null)
                    .param("on", LocalDate.of(2016, 3, i)).update();
        }
        TestApi supervisor = TestApi.as(port, "supervisor1");
        JsonNode report = supervisor.get("/api/supervision/appraisal?year=2016").json();
        assertThat(report.get("complaintPoints").decimalValue()).isEqualByComparingTo("5");
        // two complaints name 格尔木市交通运输局 and stay with it; the third was assigned (转办) to its brigade
        JsonNode bureau = row(report, 20);
        assertThat(bureau.get("complaintCount").asInt()).isEqualTo(2);
        assertThat(bureau.get("complaints").decimalValue()).isEqualByComparingTo("90");
        assertThat(row(report, 21).get("complaintCount").asInt()).isEqualTo(1);
        assertThat(row(report, 21).get("complaints").decimalValue()).isEqualByComparingTo("95");
        assertThat(row(report, 31).get("complaints").decimalValue()).isEqualByComparingTo("100");
        // the usage rate needs the paper-register count of every month: without it, no data and no weight
        assertThat(bureau.get("usage").isNull()).isTrue();
        assertThat(bureau.get("usageNote").asString()).contains("格尔木市交通运输局").contains("未填报纸质登记数");
        assertThat(bureau.get("computed").decimalValue()).isEqualByComparingTo(expected(report.get("weights"), bureau));

        for (int m = 1; m <= 12; m++) {
            jdbc.sql("insert into usage_register_count (unit_id, month, cases, entered_by, entered_at) "
                    + "values (20, :m, 0, 'test', now())").param("m", LocalDate.of(2016, m, 1)).update();
        }
        report = supervisor.get("/api/supervision/appraisal?year=2016").json();
        assertThat(report.get("usageDefinition").asString()).isNotBlank();
        bureau = row(report, 20);
        // no case at all counts 100 % of cases, but none of the unit's officers acted in zhifa in 2016: the lower, 0
        assertThat(bureau.get("usage").decimalValue()).isEqualByComparingTo("0");
        assertThat(row(report, 21).get("usage").decimalValue()).isEqualByComparingTo("0");
        assertThat(row(report, 21).get("usageNote").asString()).contains("格尔木市交通运输局");
        assertThat(bureau.get("computed").decimalValue()).isEqualByComparingTo(expected(report.get("weights"), bureau));
        // usage now counts: 0 with weight 10 pulls the score below the mean of the others
        assertThat(bureau.get("computed").decimalValue()).isLessThan(bureau.get("complaints").decimalValue());
        assertThat(supervisor.get("/supervision/appraisal.xlsx?year=2016").status()).isEqualTo(200);
    }

    private static JsonNode row(JsonNode report, long unitId) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("unitId").asLong() == unitId) {
                return r;
            }
        }
        throw new AssertionError("no row for unit " + unitId);
    }

    @Test
    void appraisalUsesTheConfiguredWeightsAndTheBureauAdjustsOnlyWithAReason() {
        TestApi supervisor = TestApi.as(port, "supervisor1");
        JsonNode report = supervisor.get("/api/supervision/appraisal?year=2015").json();
        assertThat(report.get("weights").get("enforcement").asInt()).isEqualTo(60);
        assertThat(report.get("weights").get("supervision").asInt()).isEqualTo(10);
        assertThat(report.get("weights").get("complaints").asInt()).isEqualTo(10);
        assertThat(report.get("weights").get("rules").asInt()).isEqualTo(10);
        assertThat(report.get("weights").get("usage").asInt()).isEqualTo(10);
        // no evaluation and no complaint in 2015: those components have no data and are not counted as zero
        JsonNode before = row(report, 31);
        assertThat(before.get("enforcement").isNull()).isTrue();
        assertThat(before.get("supervision").isNull()).isTrue();

        var noReason = supervisor.post("/api/supervision/appraisal/adjustments",
                Map.of("year", 2015, "unitId", 31, "points", -2));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").has("reason")).isTrue();
        assertThat(TestApi.as(port, "head1").post("/api/supervision/appraisal/adjustments",
                Map.of("year", 2015, "unitId", 31, "points", -2, "reason", "x")).status()).isEqualTo(403);
        JsonNode after = row(supervisor.post("/api/supervision/appraisal/adjustments",
                Map.of("year", 2015, "unitId", 31, "points", -2, "reason", "群众投诉查实一件（测试）")).json(), 31);
        assertThat(after.get("adjustment").decimalValue()).isEqualByComparingTo("-2");
        assertThat(after.get("adjustmentReasons").get(0).asString()).contains("群众投诉查实一件（测试）");
        if (!after.get("computed").isNull()) {
            assertThat(after.get("total").decimalValue())
                    .isEqualByComparingTo(after.get("computed").decimalValue().subtract(java.math.BigDecimal.valueOf(2)));
        }
    }
}
