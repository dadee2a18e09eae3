package org.zhifa.documents.internal;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Para;
import org.zhifa.documents.internal.DocumentModel.Qa;
import org.zhifa.documents.internal.DocumentModel.Row;
import org.zhifa.documents.internal.DocumentModel.Seal;
import org.zhifa.documents.internal.DocumentModel.Signatures;
import org.zhifa.documents.internal.DocumentModel.Stub;
import org.zhifa.documents.internal.DocumentModel.Table;

/** The OpenPDF elements of the blocks of a {@link DocumentModel}, in the type sizes of its {@link PageStyle}. */
final class PdfBlocks {

    private static final Color GREY = new Color(0x99, 0x99, 0x99);
    private static final float[] FORM_WIDTHS = {1.15f, 3.35f};

    /** The fonts of one document. */
    record Fonts(BaseFont base, Font title, Font body, Font cell, Font small, Font smallBold, Font grey) {

        static Fonts of(BaseFont body, BaseFont title, boolean simulateBold, PageStyle style) {
            return new Fonts(body, new Font(title, PageStyle.TITLE_SIZE, simulateBold ? Font.BOLD : Font.NORMAL),
                    new Font(body, style.bodySize()), new Font(body, style.cellSize()),
                    new Font(body, PageStyle.SMALL_SIZE), new Font(body, PageStyle.SMALL_SIZE, Font.BOLD),
                    new Font(body, style.bodySize(), Font.NORMAL, GREY));
        }
    }

    private final Fonts fonts;
    private final PageStyle style;

    PdfBlocks(Fonts fonts, PageStyle style) {
        this.fonts = fonts;
        this.style = style;
    }

    List<Element> of(Block b) {
        List<Element> out = new ArrayList<>();
        if (b instanceof Para p) {
            out.add(paragraph(p));
        } else if (b instanceof Form form) {
            out.add(form(form.rows()));
        } else if (b instanceof Table table) {
            out.add(caption(table.caption()));
            out.add(table(table, true));
        } else if (b instanceof Qa qa) {
            out.add(caption(qa.caption()));
            qa.lines().forEach(line -> out.add(qaLine(line)));
        } else if (b instanceof Signatures s) {
            out.add(signatures(s.labels()));
        } else if (b instanceof Seal seal) {
            out.add(seal(seal));
        } else if (b instanceof Stub stub) {
            out.addAll(stub(stub));
        }
        return out;
    }

    Paragraph paragraph(Para p) {
        String text = p.label() == null ? p.text() : p.label() + "：" + p.text();
        Paragraph para = para(style.leading(), text, fonts.body());
        // GB/T 9704 7.3.3: paragraphs start two characters in; an addressee line (…：) starts at the margin
        para.setFirstLineIndent(p.label() == null && p.text().endsWith("：") ? 0 : 2 * style.bodySize());
        return para;
    }

    Paragraph caption(String caption) {
        return para(style.leading(), caption + "：", fonts.body());
    }

    Paragraph qaLine(Row line) {
        return para(style.leading(), (line.label().isEmpty() ? "" : line.label() + "：") + line.value(), fonts.body());
    }

    PdfPTable form(List<Row> rows) {
        PdfPTable t = new PdfPTable(FORM_WIDTHS);
        t.setWidthPercentage(100);
        for (Row r : rows) {
            t.addCell(cell(r.label(), Element.ALIGN_CENTER));
            t.addCell(cell(r.value(), Element.ALIGN_LEFT));
        }
        return t;
    }

    PdfPTable table(Table table, boolean withHeader) {
        PdfPTable t = new PdfPTable(table.headers().size());
        t.setWidthPercentage(100);
        if (withHeader) {
            t.setHeaderRows(1);
            table.headers().forEach(h -> t.addCell(cell(h, Element.ALIGN_CENTER)));
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                t.addCell(table.qrColumns().contains(i) ? qrCell(v) : cell(v, Element.ALIGN_LEFT));
            }
        }
        return t;
    }

    /** A table cell with the QR code of an address ({@link VerificationMark#qrCode(String)}); empty without one. */
    private PdfPCell qrCell(String url) {
        if (url == null || url.isBlank()) {
            return cell("", Element.ALIGN_CENTER);
        }
        BitMatrix m = VerificationMark.qrCode(url);
        byte[] grey = new byte[m.getWidth() * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                grey[y * m.getWidth() + x] = (byte) (m.get(x, y) ? 0x00 : 0xFF);
            }
        }
        try {
            // one pixel per module, scaled without interpolation: as sharp as the vector code of the 电子签章 block
            Image image = Image.getInstance(m.getWidth(), m.getHeight(), 1, 8, grey);
            image.setInterpolation(false);
            image.scaleAbsolute(QR_CELL, QR_CELL);
            PdfPCell c = new PdfPCell(image, false);
            c.setPadding(3);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            return c;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Side of a QR code in a table cell: 15 mm, within the narrowest column of an A4 table and readable by a phone. */
    static final float QR_CELL = 15 * PageStyle.MM;

    PdfPTable signatures(List<String> labels) {
        PdfPTable t = new PdfPTable(new float[] {1.7f, 1.7f, 1.9f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(style.bodySize() / 2);
        for (String label : labels) {
            t.addCell(plain(label + "：", fonts.body(), Element.ALIGN_LEFT));
            t.addCell(plain("＿＿＿＿＿＿＿＿", fonts.body(), Element.ALIGN_LEFT));
            t.addCell(plain("　　年　　月　　日", fonts.body(), Element.ALIGN_LEFT));
        }
        return t;
    }

    /**
     * Issuing authority and date (处罚法 Art. 59 (六)) as GB/T 9704 7.3.5.1 sets them: the date four characters in
     * from the right, the authority centred over the date, room above them for the seal pressed onto both.
     */
    PdfPTable seal(Seal seal) {
        float size = style.bodySize();
        float nameWidth = fonts.base().getWidthPoint(seal.unitName(), size);
        float dateWidth = fonts.base().getWidthPoint(seal.date(), size);
        float column = Math.max(nameWidth, dateWidth) + 4;
        float spacer = Math.max(1, 4 * size - Math.max(0, (nameWidth - dateWidth) / 2));
        PdfPTable t = new PdfPTable(2);
        try {
            t.setTotalWidth(new float[] {column, spacer});
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setSpacingBefore(style.leading() / 2);
        PdfPCell area = plain("（印章）", fonts.grey(), Element.ALIGN_CENTER);
        area.setVerticalAlignment(Element.ALIGN_MIDDLE);
        area.setFixedHeight(2 * style.leading());
        t.addCell(area);
        t.addCell(plain("", fonts.body(), Element.ALIGN_LEFT));
        t.addCell(plain(seal.unitName(), fonts.body(), Element.ALIGN_CENTER));
        t.addCell(plain("", fonts.body(), Element.ALIGN_LEFT));
        t.addCell(plain(seal.date(), fonts.body(), Element.ALIGN_CENTER));
        t.addCell(plain("", fonts.body(), Element.ALIGN_LEFT));
        return t;
    }

    /** A cut line, then the stub as a form with its signature lines. */
    List<Element> stub(Stub stub) {
        List<Element> out = new ArrayList<>();
        Paragraph cut = new Paragraph(style.leading(), "- - - - - - - - - - - - - - 沿此线裁开 - - - - - - - - - - - - - -",
                fonts.small());
        cut.setAlignment(Element.ALIGN_CENTER);
        cut.setSpacingBefore(style.leading() / 2);
        out.add(cut);
        Paragraph title = new Paragraph(style.leading() * 1.2f, stub.title(), new Font(fonts.title().getBaseFont(),
                style.bodySize() + 2, fonts.title().getStyle()));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(style.bodySize() / 2);
        out.add(title);
        out.add(form(stub.rows()));
        out.add(signatures(stub.signatures()));
        return out;
    }

    /** The 电子签章 block: QR code of the verification page beside the statement. */
    PdfPTable mark(VerificationMark mark, PdfContentByte canvas) {
        PdfPTable t = new PdfPTable(new float[] {1, 4.2f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(style.leading() / 2);
        PdfPCell qr;
        try {
            qr = new PdfPCell(qrImage(mark.qrCode(), canvas, 26 * PageStyle.MM), false);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setPadding(2);
        qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
        t.addCell(qr);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.setPadding(2);
        text.addElement(new Paragraph(PageStyle.SMALL_SIZE * 1.5f, VerificationMark.HEADING, fonts.smallBold()));
        mark.lines().forEach(l -> text.addElement(para(PageStyle.SMALL_SIZE * 1.5f, l, fonts.small())));
        text.addElement(new Paragraph(PageStyle.SMALL_SIZE * 1.5f, mark.url(), fonts.small()));
        t.addCell(text);
        PdfPCell frame = new PdfPCell(t);
        frame.setBorderWidth(0.5f);
        frame.setBorderColor(GREY);
        frame.setPadding(3);
        PdfPTable framed = new PdfPTable(1);
        framed.setWidthPercentage(100);
        framed.setSpacingBefore(style.leading() / 2);
        framed.addCell(frame);
        return framed;
    }

    /** A vector QR code: one filled square per dark module, so it stays sharp at any print resolution. */
    private static Image qrImage(BitMatrix m, PdfContentByte canvas, float size) throws BadElementException {
        PdfTemplate tpl = canvas.createTemplate(m.getWidth(), m.getHeight());
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    tpl.rectangle(x, m.getHeight() - 1 - y, 1, 1);
                }
            }
        }
        tpl.fill();
        Image image = Image.getInstance(tpl);
        image.scaleAbsolute(size, size);
        return image;
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(style.cellLeading(), chunk(text, fonts.cell())));
        c.setLeading(style.cellLeading(), 0);
        c.setPaddingTop(3);
        c.setPaddingBottom(6);
        c.setPaddingLeft(5);
        c.setPaddingRight(5);
        c.setHorizontalAlignment(alignment);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /** Text that breaks lines by the Chinese rules ({@link Kinsoku}). */
    static Paragraph para(float leading, String text, Font font) {
        return new Paragraph(leading, chunk(text, font));
    }

    static Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(text == null ? "" : text, font);
        c.setSplitCharacter(Kinsoku.RULES);
        return c;
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(chunk(text, font)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        c.setHorizontalAlignment(alignment);
        return c;
    }
}
