package org.zhifa.documents.internal;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;
import org.zhifa.documents.DocumentType;

/**
 * Document settings.
 *
 * @param numberPattern       pattern of document numbers with {unit}, {code}, {year}, {n}
 * @param codes               document code per type, overriding {@link DocumentType#defaultCode()}
 * @param font                a CJK font file (a .ttc needs ",index"), tried before the standard locations; a unit's
 *                            licensed face such as 方正仿宋_GB2312
 * @param fontCandidates      standard font locations tried in order
 * @param reconsiderationDays period to apply for administrative reconsideration, printed in decisions
 * @param litigationMonths    period to bring an administrative lawsuit, printed in decisions
 * @param titleFont           a font file for titles (e.g. a 小标宋 face); empty: the body font in simulated bold
 * @param publicBaseUrl       the address the public reaches zhifa at, printed in the QR code of every document
 * @param verifyMaxBytes      largest file accepted by the public document check
 * @param seal                electronic seals
 */
@ConfigurationProperties("zhifa.documents")
public record DocumentsProperties(String numberPattern, Map<DocumentType, String> codes, String font,
        List<String> fontCandidates, Integer reconsiderationDays, Integer litigationMonths, String titleFont,
        String publicBaseUrl, DataSize verifyMaxBytes, Seal seal) {

    /**
     * Electronic seal settings.
     *
     * @param validity       validity of a certificate generated for a unit's seal key
     * @param sizeMm         diameter of the seal image on the page
     * @param imageMaxBytes  largest seal image accepted
     */
    public record Seal(Period validity, Integer sizeMm, DataSize imageMaxBytes) {

        public Seal {
            if (validity == null) {
                // GB/T 38540 leaves it to the seal system; five years like a unit's signing certificate (cfg)
                validity = Period.ofYears(5);
            }
            if (sizeMm == null) {
                // the round seal of a county-level government department, 42 mm across (cfg)
                sizeMm = 42;
            }
            if (imageMaxBytes == null) {
                // a transparent PNG of a round seal at 600 dpi is well below this
                imageMaxBytes = DataSize.ofKilobytes(512);
            }
        }
    }

    @ConstructorBinding
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
            // GB/T 9704 asks for 宋体/仿宋 faces: Noto Serif CJK SC (Debian fonts-noto-cjk, index 2 = SC), then the
            // TrueType Ming face of fonts-arphic-uming; the sans faces only as a last resort (stack-notes)
            fontCandidates = List.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
                    "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc,2",
                    "/usr/share/fonts/truetype/arphic/uming.ttc,0",
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
                    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
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
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            // the local run; production sets the address the public reaches (README)
            publicBaseUrl = "http://localhost:8080";
        }
        publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
        if (verifyMaxBytes == null) {
            // an OFD or PDF of an enforcement document is a few hundred kilobytes
            verifyMaxBytes = DataSize.ofMegabytes(20);
        }
        if (seal == null) {
            seal = new Seal(null, null, null);
        }
    }

    /** The settings of the earlier releases (number, codes, fonts, remedy periods); the rest default. */
    public DocumentsProperties(String numberPattern, Map<DocumentType, String> codes, String font,
            List<String> fontCandidates, Integer reconsiderationDays, Integer litigationMonths) {
        this(numberPattern, codes, font, fontCandidates, reconsiderationDays, litigationMonths, null, null, null, null);
    }

    public String code(DocumentType type) {
        return codes.get(type);
    }

    /** The public verification page of a document version. */
    public String verificationUrl(String token) {
        return publicBaseUrl + "/public/documents/verify/" + token;
    }

    /** Defaults only (tests and tools). */
    public static DocumentsProperties defaults() {
        return new DocumentsProperties(null, null, null, null, null, null);
    }
}
