package org.zhifa.documents.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhifa.documents.DocumentType;

/**
 * Document settings.
 *
 * @param numberPattern      pattern of document numbers with {unit}, {code}, {year}, {n}
 * @param codes              document code per type, overriding {@link DocumentType#defaultCode()}
 * @param font               a CJK font file (a .ttc needs ",index"), tried before the standard locations
 * @param fontCandidates     standard font locations tried in order
 * @param reconsiderationDays period to apply for administrative reconsideration, printed in decisions
 * @param litigationMonths   period to bring an administrative lawsuit, printed in decisions
 */
@ConfigurationProperties("zhifa.documents")
public record DocumentsProperties(String numberPattern, Map<DocumentType, String> codes, String font,
        List<String> fontCandidates, Integer reconsiderationDays, Integer litigationMonths) {

    public DocumentsProperties {
        if (numberPattern == null || numberPattern.isBlank()) {
            // legal-rules §10 (cfg): [unit short name][document code]〔YYYY〕N号
            numberPattern = "{unit}{code}〔{year}〕{n}号";
        }
        if (!numberPattern.contains("{n}")) {
            throw new IllegalArgumentException("文书编号格式 zhifa.documents.number-pattern 必须包含序号占位符 {n}：" + numberPattern);
        }
        Map<DocumentType, String> merged = new EnumMap<>(DocumentType.class);
        for (DocumentType t : DocumentType.values()) {
            // DocumentType: codes chosen after the titles (立案→立, 处罚决定→罚 …)
            merged.put(t, t.defaultCode());
        }
        if (codes != null) {
            codes.forEach((t, c) -> {
                if (c != null && !c.isBlank()) {
                    merged.put(t, c.strip());
                }
            });
        }
        codes = Map.copyOf(merged);
        if (fontCandidates == null || fontCandidates.isEmpty()) {
            // stack-notes: fonts-wqy-zenhei or Noto Sans CJK (Debian fonts-noto-cjk)
            fontCandidates = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
                    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
                    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
                    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
                    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
        }
        if (reconsiderationDays == null) {
            // 《行政复议法》第二十条：知道之日起六十日内
            reconsiderationDays = 60;
        }
        if (litigationMonths == null) {
            // 《行政诉讼法》第四十六条：知道之日起六个月内
            litigationMonths = 6;
        }
    }

    public String code(DocumentType type) {
        return codes.get(type);
    }

    /** Defaults only (tests and tools). */
    public static DocumentsProperties defaults() {
        return new DocumentsProperties(null, null, null, null, null, null);
    }
}
