package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.WebSession;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The phone at the scene: a field form sent twice (a draft resent when the network returned) makes one case; a photo
 * is kept as evidence byte for byte while the page shows a watermarked copy; the party's drawn signature is evidence.
 */
@ZhifaIntegrationTest
class FieldCaptureTest {

    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 5_000));

    /** A moment before now, as the phone sends it (Beijing time). */
    private static String earlier() {
        return java.time.LocalDateTime.now(CaseFlow.ZONE).minusMinutes(30).withNano(0).toString();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> spot(String party) {
        CaseFlow flow = new CaseFlow(port, jdbc);
        String today = LocalDate.now(CaseFlow.ZONE).toString();
        Map<String, String> f = new HashMap<>(Map.of("actedOn", today, "act.source", "INSPECTION",
                "act.category", "HIGHWAY_ADMINISTRATION", "act.violationCodes", "GLF-77-1", "act.actDate", today,
                "act.actTime", "07:50", "act.place", "G109线K" + (600 + SEQ.incrementAndGet()) + "+100（测试）", "act.discoveredOn", today,
                "act.facts", "在路面堆放少量砂石（测试）", "act.seriousHarm", "false"));
        f.putAll(Map.of("act.party.kind", "CITIZEN", "act.party.name", party, "act.plateNumber", "青H9" + String.format("%04d", SEQ.incrementAndGet() % 10_000),
                "officerIds", flow.officerId("officer1") + "," + flow.officerId("officer2"), "penaltyKinds", "FINE",
                "amountYuan", "100", "partyStatement", "当事人表示立即清理（测试）", "statementReview", "不影响违法事实认定（测试）",
                "decisionPlace", "G109线K650+100路侧（测试）"));
        f.putAll(Map.of("deliveredAt", "08:10", "signature", "SIGNED", "correction.order", "清除路面砂石"));
        return f;
    }

    private long casesOf(String party) {
        return jdbc.sql("select count(*) from penalty_case where party_name = ?").param(party).query(Long.class).single();
    }

    @Test
    void a_field_draft_sent_twice_with_its_idempotency_key_makes_one_case() {
        String party = "草稿重发测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> first = officer.submit("/cases/field", form);
        HttpResponse<String> again = officer.submit("/cases/field", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(casesOf(party)).isEqualTo(1);
    }

    @Test
    void a_refused_draft_can_be_corrected_and_sent_again_with_the_same_key() {
        String party = "草稿更正测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("amountYuan", "300"); // above the 200 yuan of Art. 51 for a citizen
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        assertThat(officer.submit("/cases/field", form).statusCode()).isEqualTo(200);
        form.put("amountYuan", "100");
        assertThat(officer.submit("/cases/field", form).statusCode()).isEqualTo(302);
        assertThat(casesOf(party)).isEqualTo(1);
    }

    @Test
    void another_users_key_is_refused() {
        String party = "草稿他人测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        form.put("idempotencyKey", UUID.randomUUID().toString());
        assertThat(WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).submit("/cases/field", form).statusCode())
                .isEqualTo(302);
        form.put("officerIds", new CaseFlow(port, jdbc).officerId("officer2") + "," + new CaseFlow(port, jdbc).officerId("officer1"));
        assertThat(WebSession.login(port, "officer2", TestApi.DEMO_PASSWORD).submit("/cases/field", form).statusCode())
                .isEqualTo(409);
        assertThat(casesOf(party)).isEqualTo(1);
    }

    /** The claim a request left when it died between claiming the key and recording its case. */
    private void abandonedClaim(UUID key, String username, java.time.Duration age) {
        jdbc.sql("""
                insert into case_field_submission (idempotency_key, user_id, created_at)
                select ?, id, now() - make_interval(secs => ?) from user_account where username = ?""")
                .params(key, (double) age.toSeconds(), username).update();
    }

    @Test
    void a_draft_whose_request_died_after_claiming_its_key_can_be_sent_again_once_the_claim_has_expired() {
        String party = "草稿中断测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        UUID key = UUID.randomUUID();
        form.put("idempotencyKey", key.toString());
        abandonedClaim(key, "officer1", java.time.Duration.ofMinutes(11)); // default expiry: 10 minutes
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        HttpResponse<String> sent = officer.submit("/cases/field", form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(casesOf(party)).isEqualTo(1);
        // the key now records the case: the next sending leads to it
        HttpResponse<String> again = officer.submit("/cases/field", form);
        assertThat(again.headers().firstValue("Location")).isEqualTo(sent.headers().firstValue("Location"));
        assertThat(casesOf(party)).isEqualTo(1);
    }

    @Test
    void a_draft_claimed_moments_ago_is_still_being_sent_and_answers_409() {
        String party = "草稿提交中测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        UUID key = UUID.randomUUID();
        form.put("idempotencyKey", key.toString());
        abandonedClaim(key, "officer1", java.time.Duration.ofMinutes(2));
        HttpResponse<String> r = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).submit("/cases/field", form);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("正在提交");
        assertThat(casesOf(party)).isZero();
    }

    @Test
    void an_expired_claim_of_another_officer_is_not_taken_over() {
        String party = "草稿他人过期测试当事人" + System.nanoTime() % 100_000;
        Map<String, String> form = spot(party);
        UUID key = UUID.randomUUID();
        form.put("idempotencyKey", key.toString());
        abandonedClaim(key, "officer2", java.time.Duration.ofHours(1));
        assertThat(WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD).submit("/cases/field", form).statusCode())
                .isEqualTo(409);
        assertThat(casesOf(party)).isZero();
    }

    private long fieldCase(WebSession officer) {
        String party = "现场取证测试当事人" + System.nanoTime() % 100_000;
        var r = officer.submit("/cases/field", spot(party));
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void a_photo_is_evidence_unchanged_and_the_page_shows_a_watermarked_copy() throws Exception {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        long caseId = fieldCase(officer);
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] original = jpeg.toByteArray();
        String boundary = "----zhifa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", officer.csrfToken());
        part(body, boundary, "takenAt", earlier());
        part(body, boundary, "place", "G109线K650+100（测试）");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"scene.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(original);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var r = officer.post("/cases/" + caseId + "/field/photos", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);

        long evidenceId = jdbc.sql("select evidence_id from case_field_photo where case_id = ?").param(caseId)
                .query(Long.class).single();
        String sm3 = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(evidenceId)
                .query(String.class).single();
        assertThat(sm3).isEqualTo(org.zhifa.crypto.Sm3.hex(original));
        byte[] copy = jdbc.sql("select derived_jpeg from case_field_photo where evidence_id = ?").param(evidenceId)
                .query(byte[].class).single();
        assertThat(copy).isNotEqualTo(original);
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(copy));
        // the watermark band darkens the bottom of the (black) picture less than white text brightens it
        assertThat(brightest(shown, shown.getHeight() - shown.getHeight() / 6, shown.getHeight())).isGreaterThan(200);
        assertThat(officer.get("/cases/" + caseId).body()).contains("/cases/" + caseId + "/field/photos/" + evidenceId);
    }

    @Test
    void a_photo_without_the_place_is_refused_naming_the_field() throws Exception {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        long caseId = fieldCase(officer);
        String boundary = "----zhifa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", officer.csrfToken());
        part(body, boundary, "takenAt", earlier());
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nxyz\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var r = officer.post("/cases/" + caseId + "/field/photos", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("请填写拍摄地点");
    }

    @Test
    void the_partys_signature_drawn_on_the_screen_is_evidence() throws Exception {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        long caseId = fieldCase(officer);
        BufferedImage pad = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        pad.createGraphics().drawLine(10, 10, 200, 100);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(pad, "png", png);
        var r = officer.submit("/cases/" + caseId + "/field/signature", Map.of("signer", "签名测试人",
                "signedAt", earlier(), "signature",
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(jdbc.sql("""
                select count(*) from evidence_item e join evidence_link l on l.evidence_id = e.id
                where l.target_type = 'CASE' and l.target_id = ? and e.title like '当事人签名%'""")
                .param(String.valueOf(caseId)).query(Long.class).single()).isEqualTo(1);
        var missing = officer.submit("/cases/" + caseId + "/field/signature", Map.of("signer", "签名测试人",
                "signedAt", earlier()));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("请当事人在屏幕上签名");
    }

    @Test
    void a_signature_time_that_does_not_exist_is_a_400_naming_the_field_in_chinese() {
        WebSession officer = WebSession.login(port, "officer1", TestApi.DEMO_PASSWORD);
        long caseId = fieldCase(officer);
        var bad = officer.submit("/cases/" + caseId + "/field/signature", Map.of("signer", "签名测试人",
                "signedAt", "2026-02-30T09:00:00", "signature", "data:image/png;base64,AAAA"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("签名时间：格式不正确，应为时间").doesNotContain("signedAt");
    }

    private static int brightest(BufferedImage img, int fromY, int toY) {
        int max = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                max = Math.max(max, Math.max((rgb >> 16) & 0xff, Math.max((rgb >> 8) & 0xff, rgb & 0xff)));
            }
        }
        return max;
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
