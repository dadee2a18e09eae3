package org.zhifa.nonsite.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhifa.common.InvalidInputException;
import org.zhifa.nonsite.OverLimitJudge;

/**
 * Reads detection records from a CSV file exported by a station: a header row naming the columns (the JSON field
 * names; order free, unknown columns ignored), UTF-8 (a BOM is skipped), quotes as in RFC 4180. Axle loads and image
 * references are separated by ';' within their cell.
 */
public final class RecordCsvReader {

    public static final String HEADER = "recordId,detectedAt,lane,plate,plateColour,vehicleType,axles,axleGroups,"
            + "combination,singleDriveAxle,singleTyreNonDriveAxles,grossMassKg,axleLoadsKg,heightM,widthM,lengthM,"
            + "speedKmh,images,video";

    private RecordCsvReader() {
    }

    /** Reads every data row; returns the number of records. */
    public static int read(InputStream in, Consumer<DetectionRecord> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65_536)) {
            List<String> header = row(reader);
            if (header == null) {
                throw new InvalidInputException("文件为空：第一行须为列名，如 " + HEADER);
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.put(header.get(i).strip(), i);
            }
            if (!col.containsKey("recordId") || !col.containsKey("detectedAt")) {
                throw new InvalidInputException("第一行须为列名，至少包含 recordId 和 detectedAt，如 " + HEADER);
            }
            int index = 0;
            List<String> cells;
            while ((cells = row(reader)) != null) {
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                DetectionRecord r = new DetectionRecord();
                r.index = index++;
                fill(r, cells, col);
                sink.accept(r);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(DetectionRecord r, List<String> cells, Map<String, Integer> col) {
        for (Map.Entry<String, Integer> c : col.entrySet()) {
            if (c.getValue() < cells.size()) {
                RecordChecks.storable(cells.get(c.getValue()), r, c.getKey());
            }
        }
        r.recordId = cell(cells, col, "recordId");
        String t = cell(cells, col, "detectedAt");
        if (t != null) {
            long v = RecordChecks.parseTime(t);
            if (RecordChecks.badTime(v)) {
                r.fail("检测时间 detectedAt 格式不正确（须为 ISO-8601，如 2025-06-01T10:00:00+08:00）");
            } else {
                r.detectedAt = v;
            }
        }
        r.lane = integer(r, cells, col, "lane");
        r.plate = cell(cells, col, "plate");
        r.plateColour = cell(cells, col, "plateColour");
        r.vehicleType = cell(cells, col, "vehicleType");
        r.axles = integer(r, cells, col, "axles");
        r.axleGroups = cell(cells, col, "axleGroups");
        r.combination = bool(r, cells, col, "combination");
        r.singleDriveAxle = bool(r, cells, col, "singleDriveAxle");
        r.singleTyreAxles = Math.max(0, integer(r, cells, col, "singleTyreNonDriveAxles"));
        r.grossMassKg = integer(r, cells, col, "grossMassKg");
        String loads = cell(cells, col, "axleLoadsKg");
        if (loads != null && !loads.matches("\\d+(;\\d+)*")) {
            r.fail("axleLoadsKg 须为以分号分隔的整数");
        }
        r.axleLoads = loads;
        r.heightMm = metres(r, cells, col, "heightM");
        r.widthMm = metres(r, cells, col, "widthM");
        r.lengthMm = metres(r, cells, col, "lengthM");
        r.speedKmh = integer(r, cells, col, "speedKmh");
        String images = cell(cells, col, "images");
        r.images = images == null ? null : images.replace(';', '\n');
        r.video = cell(cells, col, "video");
    }

    private static String cell(List<String> cells, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static int integer(DetectionRecord r, List<String> cells, Map<String, Integer> col, String name) {
        String v = cell(cells, col, name);
        if (v == null) {
            return OverLimitJudge.NOT_MEASURED;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            r.fail(name + " 须为整数");
            return OverLimitJudge.NOT_MEASURED;
        }
    }

    private static int metres(DetectionRecord r, List<String> cells, Map<String, Integer> col, String name) {
        String v = cell(cells, col, name);
        if (v == null) {
            return OverLimitJudge.NOT_MEASURED;
        }
        try {
            java.math.BigDecimal m = new java.math.BigDecimal(v);
            if (m.signum() < 0 || m.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                r.fail(name + " 须在 0 至 100 米之间");
                return OverLimitJudge.NOT_MEASURED;
            }
            return OverLimitJudge.millimetres(m);
        } catch (NumberFormatException | ArithmeticException e) {
            r.fail(name + " 须为数字（米）");
            return OverLimitJudge.NOT_MEASURED;
        }
    }

    private static boolean bool(DetectionRecord r, List<String> cells, Map<String, Integer> col, String name) {
        String v = cell(cells, col, name);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是", "y", "yes" -> {
                return true;
            }
            case "false", "0", "否", "n", "no" -> {
                return false;
            }
            default -> {
                r.fail(name + " 须为 true 或 false");
                return false;
            }
        }
    }

    /** One CSV row (quoted cells may span lines), or null at the end. */
    static List<String> row(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            String next = reader.readLine();
            if (next == null) {
                break;
            }
            cell.append('\n');
            line = next;
        }
        cells.add(cell.toString());
        return cells;
    }
}
