package org.zhifa.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhifa.documents.CjkFont;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Para;
import org.zhifa.documents.internal.DocumentModel.Qa;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Seal;
import org.zhifa.documents.internal.DocumentModel.Signatures;
import org.zhifa.documents.internal.DocumentModel.Stub;
import org.zhifa.documents.internal.DocumentModel.Table;

/**
 * Prints a {@link DocumentModel} to an editable A4 DOCX (same text as the PDF; staff edit drafts in Word/WPS) with the
 * page and type sizes of {@link PageStyle}. Word files name their font rather than embed it: {@link
 * CjkFont#officeFontName()}.
 */
@Component
public class DocxRenderer {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private final String font;

    /** With the Song face every office computer has (宋体). */
    public DocxRenderer() {
        this("宋体");
    }

    @Autowired
    DocxRenderer(CjkFont cjk) {
        this(cjk.officeFontName());
    }

    private DocxRenderer(String font) {
        this.font = font;
    }

    public byte[] render(DocumentModel model) {
        PageStyle style = PageStyle.of(model.family());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            footer(doc, model.pageNote());
            text(doc, model.unitName(), PageStyle.TITLE_SIZE, ParagraphAlignment.CENTER).getRuns().get(0).setBold(true);
            text(doc, model.title(), PageStyle.TITLE_SIZE, ParagraphAlignment.CENTER).getRuns().get(0).setBold(true);
            if (model.number() != null) {
                text(doc, model.number(), style.bodySize(), ParagraphAlignment.RIGHT);
            }
            if (model.caseNumber() != null) {
                text(doc, "案号：" + model.caseNumber(), style.bodySize(), ParagraphAlignment.RIGHT);
            }
            for (Block b : model.blocks()) {
                block(doc, b, style);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("文书 DOCX 生成失败：" + e.getMessage(), e);
        }
    }

    private void block(XWPFDocument doc, Block b, PageStyle style) {
        float size = style.bodySize();
        if (b instanceof Para p) {
            XWPFParagraph para = text(doc, p.label() == null ? p.text() : p.label() + "：" + p.text(), size,
                    ParagraphAlignment.LEFT);
            if (!(p.label() == null && p.text().endsWith("："))) {
                para.setFirstLineIndent((int) (2 * size * 20));
            }
        } else if (b instanceof Form form) {
            form(doc, form.rows(), style);
        } else if (b instanceof Table table) {
            text(doc, table.caption() + "：", size, ParagraphAlignment.LEFT);
            XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
            t.setWidth("100%");
            row(t.getRow(0), table.headers(), style);
            for (int i = 0; i < table.rows().size(); i++) {
                row(t.getRow(i + 1), table.rows().get(i), style);
            }
            text(doc, "", 6, ParagraphAlignment.LEFT);
        } else if (b instanceof Qa qa) {
            text(doc, qa.caption() + "：", size, ParagraphAlignment.LEFT);
            for (Row line : qa.lines()) {
                text(doc, (line.label().isEmpty() ? "" : line.label() + "：") + line.value(), size,
                        ParagraphAlignment.LEFT);
            }
        } else if (b instanceof Signatures s) {
            signatures(doc, s.labels(), size);
        } else if (b instanceof Seal seal) {
            text(doc, "（印章）", size, ParagraphAlignment.RIGHT);
            text(doc, seal.unitName(), size, ParagraphAlignment.RIGHT);
            text(doc, seal.date() + "　　　　", size, ParagraphAlignment.RIGHT);
        } else if (b instanceof Stub stub) {
            text(doc, "- - - - - - - - - - - - 沿此线裁开 - - - - - - - - - - - -", PageStyle.SMALL_SIZE,
                    ParagraphAlignment.CENTER);
            text(doc, stub.title(), size + 2, ParagraphAlignment.CENTER).getRuns().get(0).setBold(true);
            form(doc, stub.rows(), style);
            signatures(doc, stub.signatures(), size);
        }
    }

    private void form(XWPFDocument doc, List<Row> rows, PageStyle style) {
        XWPFTable t = doc.createTable(rows.size(), 2);
        t.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            cell(t.getRow(i), 0, r.label(), style);
            cell(t.getRow(i), 1, r.value(), style);
        }
        text(doc, "", 6, ParagraphAlignment.LEFT);
    }

    private void signatures(XWPFDocument doc, List<String> labels, float size) {
        for (String label : labels) {
            text(doc, label + "：＿＿＿＿＿＿＿＿　　　　年　　月　　日", size, ParagraphAlignment.LEFT);
        }
    }

    private void row(XWPFTableRow row, List<String> values, PageStyle style) {
        for (int i = 0; i < values.size(); i++) {
            cell(row, i, values.get(i), style);
        }
    }

    private void cell(XWPFTableRow row, int index, String value, PageStyle style) {
        XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
        run(p, value == null ? "" : value, style.cellSize());
    }

    private XWPFParagraph text(XWPFDocument doc, String value, float size, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        run(p, value, size);
        return p;
    }

    private XWPFRun run(XWPFParagraph p, String value, float size) {
        XWPFRun r = p.createRun();
        r.setText(value);
        r.setFontSize(size);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        return r;
    }

    /** A4 portrait with the GB/T 9704 margins. */
    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twips(PageStyle.PAGE_WIDTH_MM));
        size.setH(twips(PageStyle.PAGE_HEIGHT_MM));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(twips(PageStyle.TOP_MM));
        mar.setBottom(twips(PageStyle.BOTTOM_MM));
        mar.setLeft(twips(PageStyle.LEFT_MM));
        mar.setRight(twips(PageStyle.RIGHT_MM));
    }

    private static BigInteger twips(float mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    /** Footer: the record's signature note and 第 N 页 共 M 页 as PAGE and NUMPAGES fields (right after edits too). */
    private void footer(XWPFDocument doc, String note) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        if (note != null) {
            XWPFParagraph n = footer.createParagraph();
            n.setAlignment(ParagraphAlignment.CENTER);
            run(n, note, PageStyle.SMALL_SIZE);
        }
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", PageStyle.PAGE_NUMBER_SIZE);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " 页　共 ", PageStyle.PAGE_NUMBER_SIZE);
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        run(p, " 页", PageStyle.PAGE_NUMBER_SIZE);
    }
}
