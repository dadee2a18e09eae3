package org.zhifa.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.common.Actor;
import org.zhifa.common.CreditCode;
import org.zhifa.testsupport.PastTimes;
import org.zhifa.testsupport.TestApi;
import tools.jackson.databind.JsonNode;

/** Shared helpers of the inspection tests: fictitious codes, demo users as actors, objects created through the API. */
final class InspectionFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger(5000 + (int) (System.nanoTime() % 1000));

    final int port;
    final JdbcClient jdbc;

    InspectionFixtures(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A fresh fictitious credit code (area 632890 does not exist) with a valid check character. */
    static String creditCode(String prefix) {
        String first17 = prefix + "632890TE" + String.format("%07d", SEQ.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    static String plate() {
        return "青H" + String.format("%05d", SEQ.incrementAndGet() % 100000);
    }

    TestApi api(String user) {
        return TestApi.as(port, user);
    }

    long userId(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(Long.class).single();
    }

    long officerId(String username) {
        return jdbc.sql("select o.id from officer o join user_account u on u.id = o.user_id where u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    long officerByName(String name) {
        return jdbc.sql("select id from officer where name = :n").param("n", name).query(Long.class).single();
    }

    Actor actor(String username, long unitId, String... roles) {
        long id = userId(username);
        return new Actor() {
            public long userId() { return id; }
            public String username() { return username; }
            public String displayName() { return username; }
            public long unitId() { return unitId; }
            public String unitName() { return ""; }
            public Set<String> roleCodes() { return Set.of(roles); }
        };
    }

    /** Creates an object through the API as {@code user}; returns its JSON. */
    JsonNode target(String user, long unitId, String kind, String creditClass) {
        boolean vehicle = "VEHICLE".equals(kind);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("unitId", unitId);
        body.put("kind", kind);
        body.put("name", (vehicle ? "测试车辆" : "测试运输有限公司") + SEQ.incrementAndGet() + "（测试）");
        if (vehicle) {
            body.put("plateNumber", plate());
            body.put("naturalPerson", true);
        } else {
            body.put("creditCode", creditCode("91"));
        }
        body.put("creditClass", creditClass);
        var r = api(user).post("/api/inspection/targets", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static byte[] sheet(List<String> header, String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            Row head = s.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A window inside the current year: from today for up to five days. */
    static java.time.LocalDate[] window() {
        java.time.LocalDate today = java.time.LocalDate.now(org.zhifa.common.ChinaTime.ZONE);
        java.time.LocalDate end = today.plusDays(5);
        if (end.getYear() != today.getYear()) {
            end = today.withMonth(12).withDayOfMonth(31);
        }
        return new java.time.LocalDate[] {today, end};
    }

    /** A fictitious resident ID (area 632890 does not exist) with a valid check character. */
    static String idNumber() {
        int n = SEQ.incrementAndGet();
        String first17 = "632890" + java.time.LocalDate.of(1980, 1, 1).plusDays(n % 9000)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        return first17 + org.zhifa.personnel.IdCardNumber.checkCharacter(first17);
    }

    /**
     * Registers a fictitious officer of unit 11 with a certificate valid from {@code from} to {@code to} for road
     * transport and highway administration, and adds them to the inspector directory; returns the officer id.
     */
    long officer(String name, java.time.LocalDate from, java.time.LocalDate to) {
        var r = api("head1").post("/api/personnel/officers", Map.of("unitId", 11, "name", name, "gender", "MALE",
                "idNumber", idNumber()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        var c = api("head1").post("/api/personnel/officers/" + id + "/certificates", Map.of("number",
                "测试" + SEQ.incrementAndGet(), "issuingAuthority", "青海省人民政府（测试）",
                "categories", List.of("ROAD_TRANSPORT", "HIGHWAY_ADMINISTRATION"), "issuedOn", from.toString(),
                "expiresOn", to.toString()));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        var d = api("head1").post("/api/inspection/inspectors", Map.of("officerId", id,
                "categories", List.of("ROAD_TRANSPORT", "HIGHWAY_ADMINISTRATION")));
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        return id;
    }

    long itemId(String code) {
        return jdbc.sql("select id from insp_item where code = :c").param("c", code).query(Long.class).single();
    }

    /** A published plan of head1 (德令哈) over the demo freight item, with the given ratios. */
    JsonNode publishedPlan(String title, Map<String, Object> ratios, String recusal) {
        var w = window();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("windowStart", w[0].toString());
        body.put("windowEnd", w[1].toString());
        body.put("itemIds", List.of(itemId("HX-JC-01")));
        body.put("ratios", ratios);
        body.put("recusal", recusal);
        var p = api("head1").post("/api/inspection/plans", body);
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long id = p.json().get("id").asLong();
        var pub = api("head1").post("/api/inspection/plans/" + id + "/publish", Map.of());
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        return pub.json();
    }

    /** Commits and draws a plan; returns the drawn draw. */
    JsonNode drawn(long planId) {
        var c = api("head1").post("/api/inspection/plans/" + planId + "/draws", Map.of());
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        var d = api("head1").post("/api/inspection/draws/" + c.json().get("id").asLong() + "/draw", Map.of());
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        return d.json();
    }

    static final Map<String, Object> ALL = Map.of("A", 1, "B", 1, "C", 1, "D", 1);

    /** A small PNG (1×1), as the signature pad would send. */
    static final String SIGNATURE = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAX+XDSwAAAABJRU5ErkJggg==";

    List<Long> lines(String itemCode) {
        return jdbc.sql("select c.id from insp_checklist_item c join insp_item i on i.id = c.item_id where i.code = :c "
                + "order by c.position").param("c", itemCode).query(Long.class).list();
    }

    /**
     * A complete body of a 日常检查 of {@code target} with the demo freight item: every line answered 符合 except the
     * ones given as non-compliant, signed, by officer1 and officer2 on {@code on}
     * (09:10–09:40, or earlier today when that is not yet past).
     */
    Map<String, Object> inspection(long target, java.time.LocalDate on, String outcome, List<Long> nonCompliant) {
        Map<String, Object> b = new java.util.HashMap<>();
        b.put("targetId", target);
        b.put("itemIds", List.of(itemId("HX-JC-01")));
        b.put("inspectedOn", on.toString());
        PastTimes times = PastTimes.on(on, "09:10", "09:40");
        b.put("startTime", times.startText());
        b.put("endTime", times.endText());
        b.put("place", "企业停车场（测试）");
        b.put("roadCode", "G315");
        b.put("stake", "K2350+200");
        b.put("officerIds", List.of(officerId("officer1"), officerId("officer2")));
        b.put("representativeName", "测试负责人");
        b.put("representativeRole", "负责人");
        b.put("signature", "SIGNED");
        b.put("signatureImage", SIGNATURE);
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (long line : lines("HX-JC-01")) {
            boolean bad = nonCompliant.contains(line);
            answers.add(bad ? Map.of("checklistItemId", line, "answer", "NON_COMPLIANT", "note", "测试发现的问题" + line)
                    : Map.of("checklistItemId", line, "answer", "COMPLIANT"));
        }
        b.put("answers", answers);
        b.put("outcome", outcome);
        return b;
    }

    JsonNode recorded(String user, Map<String, Object> body) {
        var r = api(user).post("/api/inspection/inspections", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("inspection");
    }
}
