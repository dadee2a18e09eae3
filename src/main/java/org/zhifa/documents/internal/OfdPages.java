package org.zhifa.documents.internal;

import java.util.ArrayList;
import java.util.List;
import org.ofdrw.font.Font;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;
import org.ofdrw.layout.element.canvas.Canvas;
import com.google.zxing.common.BitMatrix;

/**
 * The pages of an OFD being laid out: a cursor in the GB/T 9704 type area ({@link PageStyle}), items placed one after
 * another, a group of items moved to the next page whole when it does not fit but would fit on an empty page, and
 * the drawing primitives the items use (text lines, boxes, a QR code). Lengths are millimetres from the top left, as
 * in OFD.
 */
final class OfdPages {

    static final double LEFT = PageStyle.LEFT_MM;
    static final double RIGHT = PageStyle.PAGE_WIDTH_MM - PageStyle.RIGHT_MM;
    static final double TOP = PageStyle.TOP_MM;
    static final double BOTTOM = PageStyle.PAGE_HEIGHT_MM - PageStyle.BOTTOM_MM;
    static final double PT = 25.4 / 72;
    private static final int[] GREY = {0x99, 0x99, 0x99};

    /** Something with a height that draws itself with its top at the given position. */
    interface Item {

        double height();

        void draw(OfdPages pages, double top);

        static Item of(double height, Drawing drawing) {
            return new Item() {
                @Override
                public double height() {
                    return height;
                }

                @Override
                public void draw(OfdPages pages, double top) {
                    drawing.draw(pages, top);
                }
            };
        }
    }

    /** How an item draws itself. */
    interface Drawing {

        void draw(OfdPages pages, double top);
    }

    /** Where the seal image goes: page index and centre. */
    record StampPlace(int page, double centreX, double centreY) {
    }

    private final Font font;
    private final List<VirtualPage> pages = new ArrayList<>();
    private VirtualPage page;
    private double y;
    private StampPlace stamp;

    OfdPages(Font font) {
        this.font = font;
        newPage();
    }

    void newPage() {
        PageLayout a4 = PageLayout.A4();
        a4.setMargin(0d);
        page = new VirtualPage(a4);
        pages.add(page);
        y = TOP;
    }

    /** Items one after another, each moving to the next page when it does not fit. */
    void flow(List<Item> items) {
        for (Item item : items) {
            keep(List.of(item));
        }
    }

    /** Items kept on one page: when they do not fit here but would on an empty page, a new page first. */
    void keep(List<Item> items) {
        double height = items.stream().mapToDouble(Item::height).sum();
        if (y + height > BOTTOM && y > TOP && height <= BOTTOM - TOP) {
            newPage();
        }
        for (Item item : items) {
            if (y + item.height() > BOTTOM && y > TOP) {
                newPage();
            }
            item.draw(this, y);
            y += item.height();
        }
    }

    List<VirtualPage> pages() {
        return pages;
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    StampPlace stamp() {
        return stamp;
    }

    void stampAt(double centreX, double centreY) {
        stamp = new StampPlace(pageIndex(), centreX, centreY);
    }

    /** One line of text with its top at {@code top}; {@code sizePt} in points. */
    void text(String text, double x, double top, double sizePt, boolean bold, boolean grey) {
        text(page, text, x, top, sizePt, bold, grey);
    }

    void text(VirtualPage on, String text, double x, double top, double sizePt, boolean bold, boolean grey) {
        if (text.isEmpty()) {
            return;
        }
        double size = sizePt * PT;
        Span span = new Span(font, size, text);
        span.setBold(bold);
        if (grey) {
            span.setColor(GREY);
        }
        Paragraph p = new Paragraph();
        p.add(span);
        p.setLineSpace(0d);
        p.setMargin(0d);
        p.setPadding(0d);
        p.setPosition(Position.Absolute);
        p.setX(x);
        p.setY(top);
        p.setWidth(OfdText.width(text, size) + size);
        on.add(p);
    }

    /** A rectangle outline divided into cells of the given widths (lines centred on the edges, so rows share them). */
    void grid(double x, double top, double[] widths, double height) {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double width = total;
        Canvas c = new Canvas(x - 0.5, top - 0.5, width + 1, height + 1);
        c.setDrawer(ctx -> {
            ctx.setLineWidth(0.25);
            ctx.setStrokeColor(0, 0, 0);
            ctx.beginPath();
            ctx.rect(0.5, 0.5, width, height);
            double at = 0.5;
            for (int i = 0; i < widths.length - 1; i++) {
                at += widths[i];
                ctx.moveTo(at, 0.5);
                ctx.lineTo(at, 0.5 + height);
            }
            ctx.stroke();
        });
        page.add(c);
    }

    /** A QR code of the given side, one filled square per dark module. */
    void qr(BitMatrix m, double x, double top, double side) {
        double module = side / m.getWidth();
        Canvas c = new Canvas(x, top, side, side);
        c.setDrawer(ctx -> {
            ctx.setFillColor(0, 0, 0);
            ctx.beginPath();
            for (int r = 0; r < m.getHeight(); r++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, r)) {
                        ctx.rect(col * module, r * module, module, module);
                    }
                }
            }
            ctx.fill();
        });
        page.add(c);
    }
}
