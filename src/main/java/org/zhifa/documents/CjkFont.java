package org.zhifa.documents;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhifa.documents.internal.DocumentsProperties;

/**
 * The CJK font of every PDF zhifa prints (documents, evidence certificates): found once and embedded with
 * IDENTITY_H (stack-notes: without one, Chinese prints as empty boxes, so a missing font is an error, never a silent
 * fallback). By default the Song-style Noto Serif CJK SC of Debian's {@code fonts-noto-cjk} (GB/T 9704 asks for
 * 宋体/仿宋 faces); a unit holding a licence for 方正仿宋_GB2312 or similar points {@code zhifa.documents.font} at it.
 */
@Component
public class CjkFont {

    static final String PACKAGE_HINT = "fonts-noto-cjk";
    /** The Song face every Chinese office reader has, named in OFD and DOCX when no font file is configured. */
    static final String OFFICE_DEFAULT = "宋体";
    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    private final DocumentsProperties properties;
    private volatile Loaded body;
    private volatile Loaded title;

    private record Loaded(BaseFont font, String location) {
    }

    CjkFont(DocumentsProperties properties) {
        this.properties = properties;
    }

    /** The body font. */
    public BaseFont baseFont() {
        return body().font();
    }

    /** The font of titles: {@code zhifa.documents.title-font} (e.g. a 小标宋 face) or the body font. */
    public BaseFont titleFont() {
        Loaded t = title;
        if (t == null) {
            synchronized (this) {
                if (title == null) {
                    String configured = properties.titleFont();
                    title = configured == null || configured.isBlank() ? body() : load(List.of(configured.strip()));
                }
                t = title;
            }
        }
        return t.font();
    }

    /** True when titles use the body font, which is then printed with a simulated bold stroke. */
    public boolean titleSharesBodyFont() {
        titleFont();
        return title == body;
    }

    /** Says at startup which font documents use, or that none can be rendered, instead of at the first case. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartup() {
        try {
            String where = location();
            log.info("执法文书字体：{}（{}）", where, familyName());
            if (where.contains("Sans") || where.contains("wqy")) {
                log.warn("执法文书正在使用黑体风格字体 {}：安装 {} 即改用宋体风格的 Noto Serif CJK SC（GB/T 9704）", where,
                        PACKAGE_HINT);
            }
            titleFont();
        } catch (DocumentFontMissingException e) {
            log.error(e.getMessage());
        }
    }

    /** The font file in use (e.g. /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2). */
    public String location() {
        return body().location();
    }

    /** The family name of the body font, e.g. Noto Serif CJK SC. */
    public String familyName() {
        String[][] names = baseFont().getFamilyFontName();
        for (String[] n : names) {
            if ("2052".equals(n[2])) {
                return n[3];
            }
        }
        return names.length > 0 ? names[0][3] : OFFICE_DEFAULT;
    }

    /**
     * The font name written into OFD and DOCX files, which name their fonts instead of embedding them: the family of a
     * configured font file (the unit's licensed face, installed on its office computers too), otherwise 宋体.
     */
    public String officeFontName() {
        String configured = properties.font();
        return configured == null || configured.isBlank() ? OFFICE_DEFAULT : familyName();
    }

    private Loaded body() {
        Loaded b = body;
        if (b == null) {
            synchronized (this) {
                if (body == null) {
                    List<String> candidates = new ArrayList<>();
                    if (properties.font() != null && !properties.font().isBlank()) {
                        candidates.add(properties.font().strip());
                    }
                    candidates.addAll(properties.fontCandidates());
                    body = load(candidates);
                }
                b = body;
            }
        }
        return b;
    }

    private static Loaded load(List<String> candidates) {
        List<String> problems = new ArrayList<>();
        for (String c : candidates) {
            String file = c.replaceFirst(",\\d+$", "");
            if (!Files.isReadable(Path.of(file))) {
                problems.add(c + "（不存在）");
                continue;
            }
            try {
                BaseFont bf = BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (bf.charExists('中') && bf.charExists('罚')) {
                    return new Loaded(bf, c);
                }
                problems.add(c + "（不含中文字形）");
            } catch (Exception e) {
                problems.add(c + "（无法读取：" + e.getMessage() + "）");
            }
        }
        throw new DocumentFontMissingException("未找到可用的中文字体，无法生成执法文书（否则中文将显示为空白方框）。请安装字体包 "
                + PACKAGE_HINT + "（apt-get install " + PACKAGE_HINT + "，提供宋体风格的 Noto Serif CJK SC；"
                + "也可用黑体风格的 fonts-wqy-zenhei），或用设置 zhifa.documents.font 指定中文字体文件"
                + "（.ttc 文件需写明序号，如 /path/font.ttc,0）。已查找：" + String.join("；", problems));
    }
}
