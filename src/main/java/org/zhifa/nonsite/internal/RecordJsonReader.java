package org.zhifa.nonsite.internal;

import java.io.InputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import org.zhifa.common.InvalidInputException;
import org.zhifa.nonsite.OverLimitJudge;

/**
 * Reads a JSON array of detection records with the Jackson streaming parser: no tree, no data binding, one object per
 * record. A field of the wrong type marks only its record as rejected; a syntax error ends the batch at that point
 * (what was read before it is kept and the rest is reported).
 */
public final class RecordJsonReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Outcome of reading: records read, and whether the array was read to its end. */
    public record Outcome(int records, boolean complete, String syntaxError) {
    }

    private RecordJsonReader() {
    }

    /** Reads the array; each record (valid or not) goes to the sink in order. */
    public static Outcome readArray(InputStream in, Consumer<DetectionRecord> sink) {
        int index = 0;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InvalidInputException("请求体为空：须为检测记录的 JSON 数组");
            }
            if (t != JsonToken.START_ARRAY) {
                throw new InvalidInputException("请求体须为检测记录的 JSON 数组");
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return new Outcome(index, false, "JSON 数组未结束");
                }
                DetectionRecord r = new DetectionRecord();
                r.index = index++;
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    r.fail("记录须为 JSON 对象");
                } else {
                    readObject(p, r);
                }
                sink.accept(r);
            }
            return new Outcome(index, true, null);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列）";
            return new Outcome(index, false, "JSON 语法错误" + where);
        }
    }

    /** Reads one record object (the parser is on its START_OBJECT); used for Kafka messages as well. */
    public static void readObject(JsonParser p, DetectionRecord r) {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            t = p.nextToken();
            switch (name) {
                case "recordId" -> r.recordId = string(p, t, r, name);
                case "detectedAt" -> time(p, t, r);
                case "lane" -> r.lane = integer(p, t, r, name);
                case "plate" -> r.plate = string(p, t, r, name);
                case "plateColour" -> r.plateColour = string(p, t, r, name);
                case "vehicleType" -> r.vehicleType = string(p, t, r, name);
                case "axles" -> r.axles = integer(p, t, r, name);
                case "axleGroups" -> r.axleGroups = string(p, t, r, name);
                case "combination" -> r.combination = bool(p, t, r, name);
                case "singleDriveAxle" -> r.singleDriveAxle = bool(p, t, r, name);
                case "singleTyreNonDriveAxles" -> r.singleTyreAxles = Math.max(0, integer(p, t, r, name));
                case "grossMassKg" -> r.grossMassKg = integer(p, t, r, name);
                case "axleLoadsKg" -> r.axleLoads = list(p, t, r, name, true);
                case "heightM" -> r.heightMm = metres(p, t, r, name);
                case "widthM" -> r.widthMm = metres(p, t, r, name);
                case "lengthM" -> r.lengthMm = metres(p, t, r, name);
                case "speedKmh" -> r.speedKmh = integer(p, t, r, name);
                case "images" -> r.images = list(p, t, r, name, false);
                case "video" -> r.video = string(p, t, r, name);
                default -> p.skipChildren(); // unknown fields are ignored so that devices may send more
            }
        }
    }

    private static String string(JsonParser p, JsonToken t, DetectionRecord r, String name) {
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getString().strip();
            return s.isEmpty() ? null : RecordChecks.storable(s, r, name);
        }
        if (t == JsonToken.VALUE_NUMBER_INT && "recordId".equals(name)) {
            return p.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            r.fail(name + " 须为字符串");
        }
        return null;
    }

    private static int integer(JsonParser p, JsonToken t, DetectionRecord r, String name) {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            try {
                return p.getIntValue();
            } catch (JacksonException e) {
                r.fail(name + " 超出范围");
                return OverLimitJudge.NOT_MEASURED;
            }
        }
        if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            r.fail(name + " 须为整数");
        }
        return OverLimitJudge.NOT_MEASURED;
    }

    private static int metres(JsonParser p, JsonToken t, DetectionRecord r, String name) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            double v = p.getDoubleValue();
            if (v < 0 || v > 100) {
                r.fail(name + " 须在 0 至 100 米之间");
                return OverLimitJudge.NOT_MEASURED;
            }
            return OverLimitJudge.millimetres(v);
        }
        if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            r.fail(name + " 须为数字（米）");
        }
        return OverLimitJudge.NOT_MEASURED;
    }

    private static boolean bool(JsonParser p, JsonToken t, DetectionRecord r, String name) {
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t != JsonToken.VALUE_FALSE && t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            r.fail(name + " 须为 true 或 false");
        }
        return false;
    }

    private static void time(JsonParser p, JsonToken t, DetectionRecord r) {
        if (t == JsonToken.VALUE_STRING) {
            long v = RecordChecks.parseTime(p.getString().strip()); // a NUL fails the parse like any bad character
            if (RecordChecks.badTime(v)) {
                r.fail("检测时间 detectedAt 格式不正确（须为 ISO-8601，如 2025-06-01T10:00:00+08:00）");
            } else {
                r.detectedAt = v;
            }
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            r.detectedAt = p.getLongValue(); // epoch milliseconds
        } else if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
            r.fail("检测时间 detectedAt 须为字符串或毫秒时间戳");
        }
    }

    /** An array of numbers (axle loads, joined by ';') or strings (image refs, joined by newlines). */
    private static String list(JsonParser p, JsonToken t, DetectionRecord r, String name, boolean numbers) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            r.fail(name + " 须为数组");
            return null;
        }
        StringBuilder s = new StringBuilder(numbers ? 32 : 128);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            boolean ok = numbers ? t == JsonToken.VALUE_NUMBER_INT : t == JsonToken.VALUE_STRING;
            if (!ok) {
                p.skipChildren();
                r.fail(name + (numbers ? " 的元素须为整数" : " 的元素须为字符串"));
                continue;
            }
            if (s.length() > 0) {
                s.append(numbers ? ';' : '\n');
            }
            s.append(p.getString());
        }
        return s.length() == 0 ? null : RecordChecks.storable(s.toString(), r, name);
    }
}
