package org.zhifa.nonsite.internal;

import java.io.InputStream;
import java.util.function.Consumer;
import org.zhifa.common.InvalidInputException;
import org.zhifa.nonsite.OverLimitJudge;

/**
 * Reads detection records from a CSV file exported by a station: a header row naming the columns (the JSON field
 * names; order free, unknown columns ignored), UTF-8 (a BOM is skipped), quotes as in RFC 4180 (parsed by Jackson's
 * CSV module, {@link CsvRows}). Axle loads and image references are separated by ';' within their cell. A bad value
 * refuses only its record; a syntax error ends the file at that line (what was read before it is kept and the rest
 * is reported), as with the JSON batches.
 */
public final class RecordCsvReader {

    public static final String HEADER = "recordId,detectedAt,lane,plate,plateColour,vehicleType,axles,axleGroups,"
            + "combination,singleDriveAxle,singleTyreNonDriveAxles,grossMassKg,axleLoadsKg,heightM,widthM,lengthM,"
            + "speedKmh,images,video";

    private RecordCsvReader() {
    }

    /** Reads every data row; each record (valid or not) goes to the sink in order. */
    public static RecordJsonReader.Outcome read(InputStream in, Consumer<DetectionRecord> sink) {
        CsvRows csv;
        try {
            csv = CsvRows.open(in);
        } catch (CsvRows.SyntaxError e) {
            throw new InvalidInputException("第一行须为列名，如 " + HEADER + "；" + e.getMessage());
        }
        if (csv == null) {
            throw new InvalidInputException("文件为空：第一行须为列名，如 " + HEADER);
        }
        try (csv) {
            if (!csv.hasColumn("recordId") || !csv.hasColumn("detectedAt")) {
                throw new InvalidInputException("第一行须为列名，至少包含 recordId 和 detectedAt，如 " + HEADER);
            }
            int index = 0;
            try {
                CsvRows.Row row;
                while ((row = csv.next()) != null) {
                    DetectionRecord r = new DetectionRecord();
                    r.index = index++;
                    fill(r, row, csv);
                    sink.accept(r);
                }
            } catch (CsvRows.SyntaxError e) {
                return new RecordJsonReader.Outcome(index, false, e.getMessage());
            }
            return new RecordJsonReader.Outcome(index, true, null);
        }
    }

    private static void fill(DetectionRecord r, CsvRows.Row cells, CsvRows col) {
        for (String name : col.columnNames()) {
            String raw = col.raw(cells, name);
            if (raw != null) {
                RecordChecks.storable(raw, r, name);
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

    private static String cell(CsvRows.Row cells, CsvRows col, String name) {
        return col.cell(cells, name);
    }

    private static int integer(DetectionRecord r, CsvRows.Row cells, CsvRows col, String name) {
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

    private static int metres(DetectionRecord r, CsvRows.Row cells, CsvRows col, String name) {
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

    private static boolean bool(DetectionRecord r, CsvRows.Row cells, CsvRows col, String name) {
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
}
