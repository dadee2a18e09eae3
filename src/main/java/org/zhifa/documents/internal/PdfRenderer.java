package org.zhifa.documents.internal;

import org.zhifa.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Para;
import org.zhifa.documents.internal.DocumentModel.Qa;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Seal;
import org.zhifa.documents.internal.DocumentModel.Signatures;
import org.zhifa.documents.internal.DocumentModel.Table;

/** Prints a {@link DocumentModel} to an A4 PDF with the CJK font embedded (IDENTITY_H). */
@Component
public class PdfRenderer {

    private static final Color LABEL_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);
    private static final Color SEAL_GREY = new Color(0x99, 0x99, 0x99);

    private final CjkFont cjk;

    public PdfRenderer(CjkFont cjk) {
        this.cjk = cjk;
    }

    public byte[] render(DocumentModel model) {
        BaseFont bf = cjk.baseFont();
        Fonts fonts = new Fonts(new Font(bf, 20), new Font(bf, 14), new Font(bf, 11.5f), new Font(bf, 9),
                new Font(bf, 11.5f, Font.NORMAL, SEAL_GREY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A4 with the margins of official documents (GB/T 9704: about 37 mm top, 28 mm left)
        Document doc = new Document(PageSize.A4, 75, 70, 80, 80);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(bf, model.pageNote()));
            doc.addTitle(model.title());
            doc.addCreator("zhifa");
            doc.open();
            header(doc, model, fonts);
            for (Block b : model.blocks()) {
                block(doc, b, fonts);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("文书 PDF 生成失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private record Fonts(Font title, Font unit, Font body, Font small, Font seal) {
    }

    private static void header(Document doc, DocumentModel model, Fonts f) throws DocumentException {
        Paragraph unit = new Paragraph(model.unitName(), f.unit());
        unit.setAlignment(Element.ALIGN_CENTER);
        doc.add(unit);
        Paragraph title = new Paragraph(model.title(), f.title());
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(6);
        title.setSpacingAfter(8);
        doc.add(title);
        if (model.number() != null) {
            Paragraph number = new Paragraph(model.number(), f.body());
            number.setAlignment(Element.ALIGN_RIGHT);
            doc.add(number);
        }
        if (model.caseNumber() != null) {
            Paragraph caseNumber = new Paragraph("案号：" + model.caseNumber(), f.body());
            caseNumber.setAlignment(Element.ALIGN_RIGHT);
            doc.add(caseNumber);
        }
        Paragraph gap = new Paragraph(" ", f.small());
        gap.setSpacingAfter(4);
        doc.add(gap);
    }

    private static void block(Document doc, Block b, Fonts f) throws DocumentException {
        if (b instanceof Para p) {
            Paragraph para = new Paragraph(leading(f), p.label() == null ? p.text() : p.label() + "：" + p.text(), f.body());
            para.setFirstLineIndent(p.label() == null && p.text().endsWith("：") ? 0 : 23);
            para.setSpacingAfter(5);
            doc.add(para);
        } else if (b instanceof Form form) {
            PdfPTable t = new PdfPTable(new float[] {1.1f, 3.4f});
            t.setWidthPercentage(100);
            t.setSpacingAfter(8);
            for (Row r : form.rows()) {
                PdfPCell label = cell(r.label(), f.body());
                label.setBackgroundColor(LABEL_BACKGROUND);
                t.addCell(label);
                t.addCell(cell(r.value(), f.body()));
            }
            doc.add(t);
        } else if (b instanceof Table table) {
            Paragraph caption = new Paragraph(table.caption() + "：", f.body());
            caption.setSpacingAfter(4);
            doc.add(caption);
            PdfPTable t = new PdfPTable(table.headers().size());
            t.setWidthPercentage(100);
            t.setSpacingAfter(8);
            t.setHeaderRows(1);
            for (String h : table.headers()) {
                PdfPCell c = cell(h, f.body());
                c.setBackgroundColor(LABEL_BACKGROUND);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                t.addCell(c);
            }
            for (var row : table.rows()) {
                row.forEach(v -> t.addCell(cell(v, f.body())));
            }
            doc.add(t);
        } else if (b instanceof Qa qa) {
            Paragraph caption = new Paragraph(qa.caption() + "：", f.body());
            caption.setSpacingAfter(4);
            doc.add(caption);
            for (Row line : qa.lines()) {
                Paragraph p = new Paragraph(leading(f), (line.label().isEmpty() ? "" : line.label() + "：") + line.value(),
                        f.body());
                p.setSpacingAfter(3);
                doc.add(p);
            }
        } else if (b instanceof Signatures s) {
            PdfPTable t = new PdfPTable(new float[] {1.4f, 2.2f, 1.6f});
            t.setWidthPercentage(100);
            t.setSpacingBefore(10);
            t.setSpacingAfter(8);
            for (String label : s.labels()) {
                t.addCell(plain(label + "：", f.body()));
                t.addCell(plain("＿＿＿＿＿＿＿＿＿＿", f.body()));
                t.addCell(plain("　　年　　月　　日", f.body()));
            }
            t.setKeepTogether(true);
            doc.add(t);
        } else if (b instanceof Seal seal) {
            // right-aligned: authority, an empty area for the seal (处罚法 Art. 59 (六)), the date
            PdfPTable t = new PdfPTable(1);
            t.setWidthPercentage(45);
            t.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.setSpacingBefore(18);
            t.setKeepTogether(true);
            PdfPCell unit = plain(seal.unitName(), f.body());
            unit.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(unit);
            PdfPCell area = plain("（印章）", f.seal());
            area.setHorizontalAlignment(Element.ALIGN_CENTER);
            area.setVerticalAlignment(Element.ALIGN_MIDDLE);
            area.setFixedHeight(70);
            t.addCell(area);
            PdfPCell date = plain(seal.date(), f.body());
            date.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(date);
            doc.add(t);
        }
    }

    private static float leading(Fonts f) {
        return f.body().getSize() * 1.7f;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(5);
        c.setLeading(0, 1.4f);
        return c;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = cell(text, font);
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    /** 第 x 页 共 y 页 and the record's signature note at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final BaseFont bf;
        private final String note;
        private PdfTemplate total;

        Footer(BaseFont bf, String note) {
            this.bf = bf;
            this.note = note;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 14);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            if (note != null) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(note, new Font(bf, 10)), centre,
                        document.bottom() - 22, 0);
            }
            String text = "第 " + writer.getPageNumber() + " 页　共 ";
            float width = bf.getWidthPoint(text, 9);
            float x = centre - (width + 30) / 2;
            float y = document.bottom() - 45;
            cb.beginText();
            cb.setFontAndSize(bf, 9);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
            cb.beginText();
            cb.setFontAndSize(bf, 9);
            cb.setTextMatrix(x + width + bf.getWidthPoint("00", 9) + 3, y);
            cb.showText(" 页");
            cb.endText();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(bf, 9);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
