package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.Actor;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The case page plays the evidence linked to the case in place (video, audio, image streamed by byte range from the
 * evidence module, every read audited, outside the data scope refused) and shows each item's integrity as last
 * checked: 未核验 until the self-audit or a check on request, then 完整 or 已篡改 with the time of the check.
 */
@ZhifaIntegrationTest
class CaseEvidencePlaybackTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceIntake intake;

    @Autowired
    SelfAudit selfAudit;

    @Value("${zhifa.db.data-dir}")
    Path dataDir;

    CaseFlow flow;
    long caseId;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
        caseId = flow.create(flow.draft("GLF-77-1", LocalDate.now(CaseFlow.ZONE), 900 + (int) (System.nanoTime() % 90)))
                .get("id").asLong();
    }

    private Actor officer1() {
        var row = jdbc.sql("select id, unit_id from user_account where username = 'officer1'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Actor() {
            public long userId() { return row[0]; }
            public String username() { return "officer1"; }
            public String displayName() { return "李执法"; }
            public long unitId() { return row[1]; }
            public String unitName() { return "德令哈市执法大队"; }
            public Set<String> roleCodes() { return Set.of("OFFICER"); }
        };
    }

    private long evidence(String title, String fileName, String mediaType, byte[] content) {
        return intake.register(new EvidenceIntake.Item(EvidenceKind.AUDIO_VIDEO, title, "虚构的测试数据",
                Instant.now().minusSeconds(600), "德令哈市（虚构）", "DSJ-TEST-0001", fileName, mediaType, content,
                List.of(new EvidenceIntake.Link(EvidenceTargetType.CASE, Long.toString(caseId)))), officer1());
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(System.nanoTime()).nextBytes(b);
        return b;
    }

    private String page(String user) {
        var r = WebSession.login(port, user, TestApi.DEMO_PASSWORD).get("/cases/" + caseId);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** The block of one item on the case page. */
    private static String item(String page, long evidenceId) {
        Matcher m = Pattern.compile("(?s)<div class=\"case-evidence-item[^>]*id=\"case-evidence-" + evidenceId
                + "\".*?</form>").matcher(page);
        assertThat(m.find()).as("证据 %s 显示在案件页", evidenceId).isTrue();
        return m.group();
    }

    private Path objectOf(long evidenceId) {
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(evidenceId)
                .query(String.class).single();
        return dataDir.resolve("evidence/objects").resolve(sm3.substring(0, 2)).resolve(sm3.substring(2, 4)).resolve(sm3);
    }

    @Test
    void the_case_page_plays_video_audio_and_images_from_the_evidence_stream() {
        long video = evidence("执法记录仪视频（测试）", "现场.mp4", "video/mp4", bytes(30_000));
        long audio = evidence("询问录音（测试）", "询问.mp3", "audio/mpeg", bytes(8_000));
        long image = evidence("现场照片（测试）", "现场.png", "image/png", bytes(5_000));
        String page = page("officer1");
        assertThat(item(page, video)).containsPattern("<video[^>]*controls[^>]*src=\"/api/evidence/" + video + "/content\"");
        assertThat(item(page, audio)).containsPattern("<audio[^>]*controls[^>]*src=\"/api/evidence/" + audio + "/content\"");
        assertThat(item(page, image)).containsPattern("<img[^>]*src=\"/api/evidence/" + image + "/content\"");
        // nothing is fetched (and audited as viewed) before the officer presses play
        assertThat(item(page, video)).contains("preload=\"none\"");
        for (long id : List.of(video, audio, image)) {
            assertThat(item(page, id)).contains("未核验").contains("尚未核验");
        }
    }

    @Test
    void the_player_streams_by_byte_range_and_every_read_is_audited() {
        long video = evidence("执法记录仪视频（分段测试）", "分段.mp4", "video/mp4", bytes(50_000));
        var officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var part = officer.get("/api/evidence/" + video + "/content", Map.of("Range", "bytes=1000-1999"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/50000");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_VIEWED' and object_id = ?")
                .param(Long.toString(video)).query(Long.class).single()).isPositive();
        // a unit that does not hold the case: neither the page nor the file
        var other = WebSession.login(port, "officer3", TestApi.DEMO_PASSWORD);
        assertThat(other.get("/cases/" + caseId).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/evidence/" + video + "/content").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_CONTENT_REFUSED' and object_id = ?")
                .param(Long.toString(video)).query(Long.class).single()).isPositive();
    }

    @Test
    void a_check_on_request_shows_intact_with_its_time_and_a_changed_file_shows_tampered() throws Exception {
        long kept = evidence("现场照片（核验测试）", "核验.png", "image/png", bytes(6_000));
        long changed = evidence("现场照片（篡改测试）", "篡改.png", "image/png", bytes(6_000));
        var officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        var verified = officer.submit("/evidence/" + kept + "/verify",
                Map.of("back", "/cases/" + caseId + "#case-evidence-" + kept));
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(verified.headers().firstValue("Location").orElseThrow())
                .endsWith("/cases/" + caseId + "#case-evidence-" + kept);
        String block = item(page("officer1"), kept);
        assertThat(block).contains(">完整<").contains("最近核验 " + LocalDate.now(CaseFlow.ZONE).getYear() + "年");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'EVIDENCE_ITEM_VERIFIED' and object_id = ?")
                .param(Long.toString(kept)).query(Long.class).single()).isEqualTo(1);

        Path object = objectOf(changed);
        byte[] original = Files.readAllBytes(object);
        byte[] altered = original.clone();
        altered[100] ^= 0x01;
        Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(object, altered);
        try {
            officer.submit("/evidence/" + changed + "/verify", Map.of("back", "/cases/" + caseId));
            String tampered = item(page("officer1"), changed);
            assertThat(tampered).contains(">已篡改<").contains("证据文件内容已被改动").contains("最近核验");
        } finally {
            Files.write(object, original);
        }
        officer.submit("/evidence/" + changed + "/verify", Map.of("back", "/cases/" + caseId));
        assertThat(item(page("officer1"), changed)).contains(">完整<");
    }

    @Test
    void the_nightly_self_audit_counts_as_the_last_check() {
        long id = evidence("询问录音（自检测试）", "自检.mp3", "audio/mpeg", bytes(4_000));
        assertThat(item(page("officer1"), id)).contains("未核验");
        assertThat(selfAudit.run("test")).isPresent();
        assertThat(item(page("officer1"), id)).contains(">完整<").contains("最近核验");
    }

    @Test
    void a_verification_elsewhere_never_redirects_off_the_site() {
        long id = evidence("现场照片（跳转测试）", "跳转.png", "image/png", bytes(3_000));
        var r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).submit("/evidence/" + id + "/verify",
                Map.of("back", "//evil.example/"));
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/evidence/" + id);
        // the evidence page offers the same check
        assertThat(WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).get("/evidence/" + id).body())
                .contains("/evidence/" + id + "/verify");
    }
}
