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
 * The one CJK font of every PDF zhifa prints (documents, evidence certificates): found once and embedded with
 * IDENTITY_H (stack-notes: without one, Chinese prints as empty boxes, so a
 * missing font is an error, never a silent fallback). Looked up once, on first use.
 */
@Component
public class CjkFont {

    static final String PACKAGE_HINT = "fonts-wqy-zenhei";
    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    private final DocumentsProperties properties;
    private volatile BaseFont font;
    private volatile String location;

    CjkFont(DocumentsProperties properties) {
        this.properties = properties;
    }

    public BaseFont baseFont() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                f = font;
            }
        }
        return f;
    }

    /** Says at startup which font documents use, or that none can be rendered, instead of at the first case. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartup() {
        try {
            log.info("执法文书字体：{}", location());
        } catch (DocumentFontMissingException e) {
            log.error(e.getMessage());
        }
    }

    /** The font file in use (e.g. /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0). */
    public String location() {
        baseFont();
        return location;
    }

    /** The TrueType collection behind the font (for DOCX we name the family instead of embedding). */
    public String familyName() {
        String[][] names = baseFont().getFamilyFontName();
        for (String[] n : names) {
            if ("2052".equals(n[2])) {
                return n[3];
            }
        }
        return names.length > 0 ? names[0][3] : "WenQuanYi Zen Hei";
    }

    private BaseFont load() {
        List<String> candidates = new ArrayList<>();
        if (properties.font() != null && !properties.font().isBlank()) {
            candidates.add(properties.font().strip());
        }
        candidates.addAll(properties.fontCandidates());
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
                    location = c;
                    return bf;
                }
                problems.add(c + "（不含中文字形）");
            } catch (Exception e) {
                problems.add(c + "（无法读取：" + e.getMessage() + "）");
            }
        }
        throw new DocumentFontMissingException("未找到可用的中文字体，无法生成执法文书（否则中文将显示为空白方框）。请安装字体包 "
                + PACKAGE_HINT + "（apt-get install " + PACKAGE_HINT + "），或用设置 zhifa.documents.font 指定中文字体文件"
                + "（.ttc 文件需写明序号，如 /path/font.ttc,0）。已查找：" + String.join("；", problems));
    }
}
