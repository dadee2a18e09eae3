package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The yearly appraisal of units (评议考核): weights from the settings, adjustments only with a recorded reason. */
@ZhifaIntegrationTest
class AppraisalTest {

    @LocalServerPort
    int port;

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
        assertThat(report.get("weights").get("supervision").asInt()).isEqualTo(20);
        assertThat(report.get("weights").get("rules").asInt()).isEqualTo(20);
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
