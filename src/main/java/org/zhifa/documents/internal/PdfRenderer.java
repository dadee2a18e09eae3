package org.zhifa.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.documents.CjkFont;
import org.zhifa.documents.internal.DocumentModel.Block;
import org.zhifa.documents.internal.DocumentModel.Form;
import org.zhifa.documents.internal.DocumentModel.Qa;
import org.zhifa.documents.internal.DocumentModel.Table;

/**
 * Prints a {@link DocumentModel} to an A4 portrait PDF in the GB/T 9704 type area ({@link PageStyle}) with the CJK
 * font embedded (IDENTITY_H). The issuing authority, the seal area and the date never stand alone on a page: they,
 * the 电子签章 block and the end of the last paragraph (or the last row of the last form) are kept together. Every page
 * says 第 N 页 共 M 页: the document is laid out once to count its pages, then printed.
 */
@Component
public class PdfRenderer {

    private final CjkFont cjk;

    public PdfRenderer(CjkFont cjk) {
        this.cjk = cjk;
    }

    public byte[] render(DocumentModel model) {
        return render(model, null);
    }

    /** The document with its 电子签章 block and QR code ({@code mark} null: without). */
    public byte[] render(DocumentModel model, VerificationMark mark) {
        PageStyle style = PageStyle.of(model.family());
        PdfBlocks.Fonts fonts = PdfBlocks.Fonts.of(cjk.baseFont(), cjk.titleFont(), cjk.titleSharesBodyFont(), style);
        int pages = write(model, mark, style, fonts, 0, OutputStream.nullOutputStream(), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(model, mark, style, fonts, pages, out, true);
        return out.toByteArray();
    }

    private static int write(DocumentModel model, VerificationMark mark, PageStyle style, PdfBlocks.Fonts fonts,
            int totalPages, OutputStream out, boolean finish) {
        float mm = PageStyle.MM;
        Document doc = new Document(PageSize.A4, PageStyle.LEFT_MM * mm, PageStyle.RIGHT_MM * mm,
                PageStyle.TOP_MM * mm, PageStyle.BOTTOM_MM * mm);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(fonts, model.pageNote(), totalPages));
            doc.addTitle(model.title());
            doc.addCreator("zhifa");
            doc.open();
            PdfBlocks blocks = new PdfBlocks(fonts, style);
            header(doc, model, fonts);
            body(doc, writer, model, mark, blocks);
            // counting pass: the page being filled is the last one unless nothing was put on it yet (closing drops
            // such a page); nothing is embedded or written out
            int pages = writer.getPageNumber() - (writer.isPageEmpty() ? 1 : 0);
            if (finish) {
                doc.close();
            }
            return pages;
        } catch (DocumentException e) {
            throw new IllegalStateException("文书 PDF 生成失败：" + e.getMessage(), e);
        }
    }

    private static void header(Document doc, DocumentModel model, PdfBlocks.Fonts f) throws DocumentException {
        Paragraph unit = new Paragraph(PageStyle.TITLE_SIZE * 1.4f, model.unitName(), f.title());
        unit.setAlignment(Element.ALIGN_CENTER);
        doc.add(unit);
        Paragraph title = new Paragraph(PageStyle.TITLE_SIZE * 1.6f, model.title(), f.title());
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(PageStyle.TITLE_SIZE / 3);
        doc.add(title);
        if (model.number() != null) {
            doc.add(right(model.number(), f.body()));
        }
        if (model.caseNumber() != null) {
            doc.add(right("案号：" + model.caseNumber(), f.body()));
        }
        Paragraph gap = new Paragraph(f.body().getSize(), " ", f.body());
        doc.add(gap);
    }

    private static Paragraph right(String text, Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.6f, text, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    /** The blocks in order; the closing ones with the end of the content before them; the stub after a cut line. */
    private static void body(Document doc, PdfWriter writer, DocumentModel model, VerificationMark mark,
            PdfBlocks blocks) throws DocumentException {
        List<Block> all = model.blocks();
        int end = model.bodyEnd();
        int closing = model.closingStart();
        for (int i = 0; i < closing - 1; i++) {
            addAll(doc, blocks.of(all.get(i)));
        }
        List<Element> group = new ArrayList<>();
        if (closing > 0) {
            splitLast(all.get(closing - 1), blocks, doc, group);
        }
        for (int i = closing; i < end; i++) {
            group.addAll(blocks.of(all.get(i)));
        }
        if (mark != null) {
            group.add(blocks.mark(mark, writer.getDirectContent()));
        }
        doc.add(keptTogether(group));
        if (model.stub().isPresent()) {
            doc.add(keptTogether(blocks.of(model.stub().get())));
        }
    }

    /** The last content block: its head flows normally, its end (last paragraph, row or two lines) joins the group. */
    private static void splitLast(Block b, PdfBlocks blocks, Document doc, List<Element> group) throws DocumentException {
        if (b instanceof Form form && form.rows().size() > 1) {
            int n = form.rows().size();
            doc.add(blocks.form(form.rows().subList(0, n - 1)));
            group.add(blocks.form(form.rows().subList(n - 1, n)));
        } else if (b instanceof Table table && table.rows().size() > 1) {
            int n = table.rows().size();
            doc.add(blocks.caption(table.caption()));
            doc.add(blocks.table(table.rows(0, n - 1), true));
            group.add(blocks.table(table.rows(n - 1, n), false));
        } else if (b instanceof Qa qa && qa.lines().size() > 2) {
            int n = qa.lines().size();
            doc.add(blocks.caption(qa.caption()));
            for (int i = 0; i < n - 2; i++) {
                doc.add(blocks.qaLine(qa.lines().get(i)));
            }
            group.add(blocks.qaLine(qa.lines().get(n - 2)));
            group.add(blocks.qaLine(qa.lines().get(n - 1)));
        } else {
            group.addAll(blocks.of(b));
        }
    }

    private static void addAll(Document doc, List<Element> elements) throws DocumentException {
        for (Element e : elements) {
            doc.add(e);
        }
    }

    /** One row per element in a borderless table that moves to the next page whole when it fits there. */
    private static PdfPTable keptTogether(List<Element> elements) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        for (Element e : elements) {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            c.addElement(e);
            t.addCell(c);
        }
        return t;
    }

    /** 第 N 页 共 M 页 7 mm below the type area (GB/T 9704 7.5), and the record's signature note above it. */
    private static final class Footer extends PdfPageEventHelper {

        private final PdfBlocks.Fonts fonts;
        private final String note;
        private final int totalPages;

        Footer(PdfBlocks.Fonts fonts, String note, int totalPages) {
            this.fonts = fonts;
            this.note = note;
            this.totalPages = totalPages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float centre = (document.left() + document.right()) / 2;
            float mm = PageStyle.MM;
            if (note != null) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(note, fonts.small()), centre, document.bottom() - 2 * mm - PageStyle.SMALL_SIZE, 0);
            }
            if (totalPages > 0) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(PageStyle.pageNumber(writer.getPageNumber(), totalPages),
                                new Font(fonts.base(), PageStyle.PAGE_NUMBER_SIZE)),
                        centre, document.bottom() - PageStyle.PAGE_NUMBER_GAP_MM * mm - PageStyle.PAGE_NUMBER_SIZE, 0);
            }
        }
    }
}
