package org.zhifa.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Service methods (《行政处罚法》第六十一条; 民事诉讼法) and their Chinese labels. */
public final class ServiceMethods {

    public static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("DIRECT", "直接送达");
        LABELS.put("MAIL", "邮寄送达");
        LABELS.put("LEFT_AT_ADDRESS", "留置送达");
        LABELS.put("ELECTRONIC", "电子送达（已签署送达地址确认书）");
        LABELS.put("PUBLIC_NOTICE", "公告送达（公告期满三十日视为送达）");
    }

    private ServiceMethods() {
    }

    public static String label(String method) {
        return LABELS.getOrDefault(method, method);
    }
}
