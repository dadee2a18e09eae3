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
}
