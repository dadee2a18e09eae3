package org.zhifa.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.zhifa.reporting.Figure;
import org.zhifa.reporting.ReportingProperties;

/**
 * The column map of the provincial Excel layout, loaded once at start from {@code zhifa.reporting.column-map} or the
 * built-in {@code reporting/report-columns.yml}. A column naming an unknown field or figure stops the start.
 */
@Component
public class ColumnMap {

    static final Set<String> FIELDS = Set.of("unit", "unitCode", "month", "version", "submittedAt", "submittedBy");

    private final String sheet;
    private final String title;
    private final List<Column> columns;

    ColumnMap(ReportingProperties properties) throws IOException {
        String location = properties.columnMap();
        try (InputStream in = location == null || location.isBlank()
                ? new ClassPathResource("reporting/report-columns.yml").getInputStream()
                : Files.newInputStream(Path.of(location))) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            this.sheet = String.valueOf(doc.getOrDefault("sheet", "月报"));
            this.title = String.valueOf(doc.getOrDefault("title", ""));
            List<Column> list = new ArrayList<>();
            Object raw = doc.get("columns");
            if (!(raw instanceof List<?> items) || items.isEmpty()) {
                throw new IllegalStateException("报表列映射 " + describe(location) + " 缺少 columns");
            }
            for (Object item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) item;
                String header = (String) c.get("header");
                String field = (String) c.get("field");
                String figure = (String) c.get("figure");
                if (header == null || (field == null) == (figure == null)) {
                    throw new IllegalStateException("报表列映射 " + describe(location) + " 的列须有 header，且 field 与 figure 二选一：" + c);
                }
                if (field != null && !FIELDS.contains(field)) {
                    throw new IllegalStateException("报表列映射 " + describe(location) + " 未知字段 " + field + "（可用：" + FIELDS + "）");
                }
                if (figure != null && Figure.byKey(figure).isEmpty()) {
                    throw new IllegalStateException("报表列映射 " + describe(location) + " 未知统计项 " + figure
                            + "（见 docs/statistics.md）");
                }
                list.add(new Column(header, field, figure == null ? null : Figure.byKey(figure).get()));
            }
            this.columns = List.copyOf(list);
        }
    }

    private static String describe(String location) {
        return location == null || location.isBlank() ? "reporting/report-columns.yml" : location;
    }

    public String sheet() {
        return sheet;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** A column: a report field or a figure. */
    public record Column(String header, String field, Figure figure) {
    }
}
