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
import org.springframework.stereotype.Component;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Para;
import org.zhifa.documents.internal.DocumentModel.Qa;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Seal;
import org.zhifa.documents.internal.DocumentModel.Signatures;
import org.zhifa.documents.internal.DocumentModel.Table;

/** Prints a {@link DocumentModel} to an editable A4 DOCX (same text as the PDF; staff edit drafts in Word/WPS). */
@Component
public class DocxRenderer {

    /** Word and WPS substitute an installed CJK font for this family name. */
    private static final String FONT = "宋体";

    public byte[] render(DocumentModel model) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            footer(doc, model.pageNote());
            text(doc, model.unitName(), 16, ParagraphAlignment.CENTER);
            text(doc, model.title(), 22, ParagraphAlignment.CENTER);
            if (model.number() != null) {
                text(doc, model.number(), 12, ParagraphAlignment.RIGHT);
            }
            if (model.caseNumber() != null) {
                text(doc, "案号：" + model.caseNumber(), 12, ParagraphAlignment.RIGHT);
            }
            for (Block b : model.blocks()) {
                block(doc, b);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("文书 DOCX 生成失败：" + e.getMessage(), e);
        }
    }

    private static void block(XWPFDocument doc, Block b) {
        if (b instanceof Para p) {
            XWPFParagraph para = text(doc, p.label() == null ? p.text() : p.label() + "：" + p.text(), 12,
                    ParagraphAlignment.LEFT);
            if (!(p.label() == null && p.text().endsWith("："))) {
                para.setFirstLineIndent(480);
            }
        } else if (b instanceof Form form) {
            XWPFTable t = doc.createTable(form.rows().size(), 2);
            t.setWidth("100%");
            for (int i = 0; i < form.rows().size(); i++) {
                Row r = form.rows().get(i);
                cell(t.getRow(i), 0, r.label());
                cell(t.getRow(i), 1, r.value());
            }
            text(doc, "", 6, ParagraphAlignment.LEFT);
        } else if (b instanceof Table table) {
            text(doc, table.caption() + "：", 12, ParagraphAlignment.LEFT);
            XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
            t.setWidth("100%");
            row(t.getRow(0), table.headers());
            for (int i = 0; i < table.rows().size(); i++) {
                row(t.getRow(i + 1), table.rows().get(i));
            }
            text(doc, "", 6, ParagraphAlignment.LEFT);
        } else if (b instanceof Qa qa) {
            text(doc, qa.caption() + "：", 12, ParagraphAlignment.LEFT);
            for (Row line : qa.lines()) {
                text(doc, (line.label().isEmpty() ? "" : line.label() + "：") + line.value(), 12, ParagraphAlignment.LEFT);
            }
        } else if (b instanceof Signatures s) {
            for (String label : s.labels()) {
                text(doc, label + "：＿＿＿＿＿＿＿＿＿＿　　　　年　　月　　日", 12, ParagraphAlignment.LEFT);
            }
        } else if (b instanceof Seal seal) {
            text(doc, seal.unitName(), 12, ParagraphAlignment.RIGHT);
            text(doc, "（印章）", 12, ParagraphAlignment.RIGHT);
            text(doc, seal.date(), 12, ParagraphAlignment.RIGHT);
        }
    }

    private static void row(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            cell(row, i, values.get(i));
        }
    }

    private static void cell(XWPFTableRow row, int index, String value) {
        XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
        run(p, value == null ? "" : value, 11);
    }

    private static XWPFParagraph text(XWPFDocument doc, String value, int size, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        run(p, value, size);
        return p;
    }

    private static void run(XWPFParagraph p, String value, int size) {
        XWPFRun r = p.createRun();
        r.setText(value);
        r.setFontSize(size);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        // A4 in twentieths of a point
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1600));
        mar.setBottom(BigInteger.valueOf(1600));
        mar.setLeft(BigInteger.valueOf(1500));
        mar.setRight(BigInteger.valueOf(1400));
    }

    /** Footer: the record's signature note and 第 N 页 (a PAGE field, so Word keeps it right after edits). */
    private static void footer(XWPFDocument doc, String note) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        if (note != null) {
            XWPFParagraph n = footer.createParagraph();
            n.setAlignment(ParagraphAlignment.CENTER);
            run(n, note, 10);
        }
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", 9);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " 页", 9);
    }
}
