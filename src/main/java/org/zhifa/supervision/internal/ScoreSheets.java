package org.zhifa.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.supervision.SupervisionProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Score sheets as data: the configured sheet is read from its resource and stored under its code and version the first
 * time it is used; a stored version never changes (a changed sheet must carry a new version), so that every campaign
 * keeps the sheet it was scored with.
 */
@Component
public class ScoreSheets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ResourceLoader resources;
    private final SupervisionProperties settings;

    ScoreSheets(JdbcClient jdbc, ResourceLoader resources, SupervisionProperties settings) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.settings = settings;
    }

    /** The configured sheet, stored if new; refused when its code and version are stored with other items. */
    @Transactional
    public ScoreSheet current() {
        String text;
        try (InputStream in = resources.getResource(settings.scoreSheet()).getInputStream()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("评查评分表无法读取：" + settings.scoreSheet(), e);
        }
        ScoreSheet parsed = parse(0, text);
        String items = JSON.writeValueAsString(JSON.readTree(text).get("items"));
        jdbc.sql("""
                insert into score_sheet (code, version, title, demonstration, issued_by, items)
                values (:code, :version, :title, :demo, :by, cast(:items as jsonb)) on conflict (code, version) do nothing""")
                .param("code", parsed.code()).param("version", parsed.version()).param("title", parsed.title())
                .param("demo", parsed.demonstration()).param("by", parsed.issuedBy()).param("items", items).update();
        ScoreSheet stored = find(parsed.code(), parsed.version());
        if (!stored.items().equals(parsed.items()) || !stored.title().equals(parsed.title())) {
            throw new IllegalStateException("评查评分表 " + parsed.code() + " 第 " + parsed.version()
                    + " 版已有不同内容：修改评分表须提高版本号");
        }
        return stored;
    }

    public ScoreSheet find(long id) {
        return jdbc.sql("select * from score_sheet where id = :id").param("id", id)
                .query((rs, i) -> fromRow(rs)).single();
    }

    private ScoreSheet find(String code, int version) {
        return jdbc.sql("select * from score_sheet where code = :code and version = :version").param("code", code)
                .param("version", version).query((rs, i) -> fromRow(rs)).single();
    }

    private static ScoreSheet fromRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        String json = JSON.writeValueAsString(java.util.Map.of("code", rs.getString("code"), "version",
                rs.getInt("version"), "title", rs.getString("title"), "demonstration", rs.getBoolean("demonstration"),
                "issuedBy", rs.getString("issued_by"), "items", JSON.readTree(rs.getString("items"))));
        return parse(rs.getLong("id"), json);
    }

    /** Reads and checks a sheet: unique item codes, veto items without points, form and content with points. */
    static ScoreSheet parse(long id, String text) {
        JsonNode root = JSON.readTree(text);
        List<ScoreSheet.Item> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode n : root.get("items")) {
            String code = n.get("code").asString();
            if (!codes.add(code)) {
                throw new IllegalStateException("评查评分表的项目编号重复：" + code);
            }
            ScoreSheet.Group group = ScoreSheet.Group.valueOf(n.get("group").asString());
            BigDecimal points = n.get("points").decimalValue();
            if ((group == ScoreSheet.Group.VETO) != (points.signum() == 0) || points.signum() < 0) {
                throw new IllegalStateException("评查评分表项目 " + code + "：否决项不计分，评分项须有正分值");
            }
            JsonNode pre = n.get("precheck");
            items.add(new ScoreSheet.Item(code, group, n.get("text").asString(), points, n.get("basis").asString(),
                    pre == null || pre.isNull() ? null : PreCheck.Kind.valueOf(pre.asString())));
        }
        return new ScoreSheet(id, root.get("code").asString(), root.get("version").asInt(),
                root.get("title").asString(), root.get("demonstration").asBoolean(), root.get("issuedBy").asString(),
                items);
    }
}
