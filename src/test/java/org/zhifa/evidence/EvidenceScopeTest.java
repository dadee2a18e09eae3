package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.PolicyDecision;
import org.zhifa.evidence.internal.LinkTargets;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * An officer of 格尔木 must not satisfy the continuous-recording rule (处罚法 Art. 47) of a 德令哈 case: links only to
 * existing targets in the uploader's data scope, the rule counts only recordings of the case's line of units, and
 * what a viewer cannot see is shown as "N 件不可见", never counted silently.
 */
@ZhifaIntegrationTest
class EvidenceScopeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingRequirementPolicy recordingPolicy;

    @Autowired
    LinkTargets targets;

    private static Map<String, Object> video(String title, List<Map<String, String>> links) {
        return Map.of("kind", "AUDIO_VIDEO", "title", title, "collectedAt", "2025-03-05T10:00:00",
                "continuousRecording", true, "links", links);
    }

    private static Map<String, String> toCase(String id) {
        return Map.of("targetType", "CASE", "targetId", id);
    }

    private long upload(String user, String title, List<Map<String, String>> links, long seed) {
        return EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, user), EvidenceApiTest.randomBytes(5_000, seed),
                video(title, links)).get("id").asLong();
    }

    @Test
    void evidence_links_only_to_existing_targets_within_the_uploaders_data_scope() {
        String delingha = EvidenceCases.of(jdbc, "officer1", EvidenceCases.ANY);
        String golmud = EvidenceCases.of(jdbc, "officer3", EvidenceCases.ANY);
        TestApi gelmudOfficer = TestApi.as(port, "officer3");

        // the hostile finding: an officer of 格尔木 links evidence to a 德令哈 case
        TestApi.Response foreign = gelmudOfficer.post("/api/evidence", Map.of("kind", "AUDIO_VIDEO",
                "title", "查扣现场录像（越权关联测试）", "collectedAt", "2025-03-05T10:00:00", "continuousRecording", true,
                "links", List.of(toCase(delingha))));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("detail").asString()).contains("不存在或不在您的数据范围内");
        assertThat(foreign.json().get("article").asString()).contains("GB/T 22239-2019");
        // a case that does not exist gets the same answer, so other units' case ids are not revealed
        TestApi.Response missing = gelmudOfficer.post("/api/evidence", Map.of("kind", "DOCUMENTARY",
                "title", "不存在的案件（测试）", "collectedAt", "2025-03-05T10:00:00", "links", List.of(toCase("99999999"))));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.json().get("detail").asString()).isEqualTo(foreign.json().get("detail").asString()
                .replace("案件 " + delingha + "：", "案件 99999999："));
        // nothing was registered by the refused requests
        assertThat(jdbc.sql("select count(*) from evidence_item where title = '查扣现场录像（越权关联测试）'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_LINK_REFUSED' and username = 'officer3'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);

        // linking an existing item later is checked the same way
        long own = upload("officer3", "格尔木现场录像（测试）", List.of(toCase(golmud)), 41);
        TestApi.Response later = gelmudOfficer.post("/api/evidence/" + own + "/links", toCase(delingha));
        assertThat(later.status()).isEqualTo(403);
        // an inspection that does not exist cannot be linked (the inspection module vouches for its records)
        TestApi.Response inspection = gelmudOfficer.post("/api/evidence/" + own + "/links",
                Map.of("targetType", "INSPECTION", "targetId", "JC-1"));
        assertThat(inspection.status()).isEqualTo(403);
        assertThat(inspection.json().get("detail").asString()).contains("该检查不存在或不在您的数据范围内");
        // a case of one's own scope, by id or by its case number, is accepted and stored under its id
        assertThat(gelmudOfficer.post("/api/evidence/" + own + "/links", Map.of("targetType", "CASE",
                "targetId", EvidenceCases.of(jdbc, "officer3", 1))).status()).isEqualTo(201);
        var numbered = jdbc.sql("""
                select id, case_number from penalty_case where case_number is not null
                  and unit_id = (select unit_id from user_account where username = 'officer3') order by id limit 1
                """).query().singleRow();
        long unlinked = upload("officer3", "格尔木录像（按案号关联测试）", List.of(), 46);
        TestApi.Response byNumber = gelmudOfficer.post("/api/evidence/" + unlinked + "/links",
                Map.of("targetType", "CASE", "targetId", numbered.get("case_number")));
        assertThat(byNumber.status()).as(byNumber.body()).isEqualTo(201);
        assertThat(byNumber.json().get("targetId").asString()).isEqualTo(numbered.get("id").toString());
        JsonNode listedByNumber = gelmudOfficer.get("/api/evidence?targetType=CASE&targetId="
                + java.net.URLEncoder.encode(numbered.get("case_number").toString(), java.nio.charset.StandardCharsets.UTF_8))
                .json();
        assertThat(listedByNumber.get("items")).anySatisfy(i -> assertThat(i.get("id").asLong()).isEqualTo(unlinked));
        // a superior unit sees the brigade's cases: 德令哈市交通运输局 may link to its brigade's case
        TestApi.Response byHead = TestApi.as(port, "head1").post("/api/evidence", Map.of("kind", "DOCUMENTARY",
                "title", "局领导补充的书证（测试）", "collectedAt", "2025-03-05T10:00:00", "links", List.of(toCase(delingha))));
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(201);
    }

    @Test
    void the_art_47_rule_counts_only_recordings_of_the_cases_line_of_units() {
        String delingha = EvidenceCases.of(jdbc, "officer1", 4);
        // A 格尔木 recording, linked to the 德令哈 case by someone who may see both (the prefecture's unit head):
        long foreign = upload("officer3", "格尔木录像（不应计入）", List.of(), 42);
        TestApi.Response linked = TestApi.as(port, "head0").post("/api/evidence/" + foreign + "/links", toCase(delingha));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);

        PolicyDecision withForeignOnly = recordingPolicy.requireContinuousRecording(EvidenceTargetType.CASE, delingha,
                StepKind.SEIZURE);
        assertThat(withForeignOnly.isAllowed()).isFalse();
        assertThat(withForeignOnly.firstRejection().orElseThrow().article()).contains("第四十七条");
        assertThat(withForeignOnly.firstRejection().orElseThrow().message()).contains("另有 1 件关联的连续音像记录")
                .contains("不予计入");

        // the case's own officers' recording counts
        upload("officer1", "德令哈查扣现场录像（测试）", List.of(toCase(delingha)), 43);
        assertThat(recordingPolicy.requireContinuousRecording(EvidenceTargetType.CASE, delingha, StepKind.SEIZURE)
                .isAllowed()).isTrue();
    }

    @Test
    void evidence_outside_the_viewers_scope_is_shown_as_n_hidden_not_counted_silently() {
        String delingha = EvidenceCases.of(jdbc, "officer1", 6);
        long foreign = upload("officer3", "格尔木录像（不可见测试）", List.of(), 44);
        assertThat(TestApi.as(port, "head0").post("/api/evidence/" + foreign + "/links", toCase(delingha)).status())
                .isEqualTo(201);
        long own = upload("officer1", "德令哈录像（可见测试）", List.of(toCase(delingha)), 45);

        JsonNode list = TestApi.as(port, "officer1").get("/api/evidence?targetType=CASE&targetId=" + delingha).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(own);
        assertThat(list.get("hidden").asLong()).isEqualTo(1);
        // the prefecture sees both, nothing hidden
        JsonNode all = TestApi.as(port, "supervisor1").get("/api/evidence?targetType=CASE&targetId=" + delingha).json();
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("hidden").asLong()).isZero();
        // a viewer outside the case's scope learns nothing about it
        JsonNode outsider = TestApi.as(port, "officer3").get("/api/evidence?targetType=CASE&targetId=" + delingha).json();
        assertThat(outsider.get("hidden").asLong()).isZero();
    }

    @Test
    void the_units_whose_recordings_count_are_the_cases_line() {
        long delinghaBrigade = EvidenceCases.unitOf(jdbc, "officer1");
        long delinghaBureau = EvidenceCases.unitOf(jdbc, "head1");
        long golmudBrigade = EvidenceCases.unitOf(jdbc, "officer3");
        long prefecture = EvidenceCases.unitOf(jdbc, "head0");
        assertThat(targets.unitsInLineOf(delinghaBrigade)).contains(delinghaBrigade, delinghaBureau, prefecture)
                .doesNotContain(golmudBrigade);
        assertThat(targets.unitsInLineOf(delinghaBureau)).contains(delinghaBrigade).doesNotContain(golmudBrigade);
    }
}
