package org.zhifa.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomData;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
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
import org.zhifa.documents.internal.OfdPages.Item;

/**
 * Prints a {@link DocumentModel} to an OFD (GB/T 33190) with the same text, page, type sizes, closing kept with the
 * last paragraph and 第 N 页 共 M 页 as the PDF. The font is named, not embedded ({@link CjkFont#officeFontName()}):
 * OFD readers on office computers all have 宋体. The OFD is returned unsealed with the place of the seal image.
 */
@Component
public class OfdRenderer {

    private static final float[] FORM_WIDTHS = {1.15f, 3.35f};
    private static final float[] SIGNATURE_WIDTHS = {1.7f, 1.7f, 1.9f};
    private static final double PAD = 1.5;

    /** An unsealed OFD and where the seal image goes (null when the document has no seal area). */
    public record Draft(byte[] ofd, OfdPages.StampPlace stamp, int pages) {
    }

    /**
     * The document's facts written into the OFD's DocInfo (CustomData), so that a verifier can show them offline.
     *
     * @param facts    e.g. 文号, 出具单位, 落款日期, 核验地址
     * @param docId    identifier of the document version
     * @param created  the date the document is issued
     */
    public record Meta(Map<String, String> facts, UUID docId, LocalDate created) {
    }

    private final CjkFont cjk;

    public OfdRenderer(CjkFont cjk) {
        this.cjk = cjk;
    }

    /**
     * @param model  the document
     * @param mark   the 电子签章 block, or null
     * @param sealed true when a seal image will cover the seal area (no 印章 placeholder is printed)
     * @param meta   facts for the DocInfo
     */
    public Draft render(DocumentModel model, VerificationMark mark, boolean sealed, Meta meta) {
        Font font = font(cjk.officeFontName());
        PageStyle style = PageStyle.of(model.family());
        OfdPages pages = new OfdPages(font);
        Items items = new Items(style, sealed);
        pages.flow(items.header(model));
        List<Block> all = model.blocks();
        int closing = model.closingStart();
        for (int i = 0; i < closing - 1; i++) {
            pages.flow(items.of(all.get(i)));
        }
        List<Item> group = new ArrayList<>();
        if (closing > 0) {
            Block last = all.get(closing - 1);
            List<Item> lastItems = items.of(last);
            int keep = last instanceof Para ? lastItems.size() : Math.min(last instanceof Qa ? 2 : 1, lastItems.size());
            pages.flow(lastItems.subList(0, lastItems.size() - keep));
            group.addAll(lastItems.subList(lastItems.size() - keep, lastItems.size()));
        }
        for (int i = closing; i < model.bodyEnd(); i++) {
            group.addAll(items.of(all.get(i)));
        }
        if (mark != null) {
            group.add(items.mark(mark));
        }
        pages.keep(group);
        model.stub().ifPresent(s -> pages.keep(items.of(s)));
        footers(pages, model.pageNote());
        return new Draft(write(pages.pages(), model.title(), model.unitName(), meta), pages.stamp(),
                pages.pages().size());
    }

    /**
     * The OFD font: named, with fixed advances so that the layout does not depend on the fonts of the server (ofdrw
     * measures unknown fonts with the machine's AWT fonts otherwise): CJK one em, ASCII half an em, as 宋体 has them.
     */
    static Font font(String name) {
        double[] ascii = new double[95];
        java.util.Arrays.fill(ascii, 0.5);
        return new Font(name, name, null, ascii);
    }

    private static void footers(OfdPages pages, String note) {
        int total = pages.pages().size();
        double centre = (OfdPages.LEFT + OfdPages.RIGHT) / 2;
        for (int i = 0; i < total; i++) {
            VirtualPage page = pages.pages().get(i);
            String number = PageStyle.pageNumber(i + 1, total);
            pages.text(page, number, centre - OfdText.width(number, PageStyle.PAGE_NUMBER_SIZE * OfdPages.PT) / 2,
                    OfdPages.BOTTOM + PageStyle.PAGE_NUMBER_GAP_MM, PageStyle.PAGE_NUMBER_SIZE, false, false);
            if (note != null) {
                pages.text(page, note, centre - OfdText.width(note, PageStyle.SMALL_SIZE * OfdPages.PT) / 2,
                        OfdPages.BOTTOM + 1.5, PageStyle.SMALL_SIZE, false, false);
            }
        }
    }

    private static byte[] write(List<VirtualPage> pages, String title, String unitName, Meta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            PageLayout a4 = PageLayout.A4();
            a4.setMargin(0d);
            doc.setDefaultPageLayout(a4);
            for (VirtualPage page : pages) {
                doc.addVPage(page);
            }
            CT_DocInfo info = doc.getOfdDir().getOfd().getDocBody().getDocInfo();
            info.setDocID(meta.docId()).setTile(title).setAuthor(unitName).setCreationDate(meta.created())
                    .setCreator("zhifa").setCreatorVersion("1");
            CustomDatas data = new CustomDatas();
            meta.facts().forEach((k, v) -> data.addCustomData(new CustomData(k, v)));
            info.setCustomDatas(data);
        } catch (IOException | org.dom4j.DocumentException e) {
            throw new IllegalStateException("文书 OFD 生成失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The facts an OFD carries: number, unit, date, verification address (no personal data). */
    public static Map<String, String> facts(String title, String number, String unitName, String date, String url) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("文书", title);
        if (number != null) {
            facts.put("文号", number);
        }
        facts.put("出具单位", unitName);
        if (date != null) {
            facts.put("落款日期", date);
        }
        if (url != null) {
            facts.put("核验地址", url);
        }
        return facts;
    }

    /** The items of each block, in millimetres. */
    private static final class Items {

        private final PageStyle style;
        private final boolean sealed;
        private final double width = OfdPages.RIGHT - OfdPages.LEFT;

        Items(PageStyle style, boolean sealed) {
            this.style = style;
            this.sealed = sealed;
        }

        List<Item> header(DocumentModel model) {
            List<Item> out = new ArrayList<>();
            out.addAll(lines(model.unitName(), PageStyle.TITLE_SIZE, PageStyle.TITLE_SIZE * 1.4f, 0, Align.CENTRE, true));
            out.addAll(lines(model.title(), PageStyle.TITLE_SIZE, PageStyle.TITLE_SIZE * 1.6f, 0, Align.CENTRE, true));
            out.add(gap(PageStyle.TITLE_SIZE / 3 * OfdPages.PT));
            if (model.number() != null) {
                out.addAll(lines(model.number(), style.bodySize(), style.bodySize() * 1.6f, 0, Align.RIGHT, false));
            }
            if (model.caseNumber() != null) {
                out.addAll(lines("案号：" + model.caseNumber(), style.bodySize(), style.bodySize() * 1.6f, 0, Align.RIGHT,
                        false));
            }
            out.add(gap(style.bodySize() * OfdPages.PT));
            return out;
        }

        List<Item> of(Block b) {
            List<Item> out = new ArrayList<>();
            if (b instanceof Para p) {
                String text = p.label() == null ? p.text() : p.label() + "：" + p.text();
                boolean addressee = p.label() == null && p.text().endsWith("：");
                out.addAll(lines(text, style.bodySize(), style.leading(), addressee ? 0 : 2, Align.LEFT, false));
            } else if (b instanceof Form form) {
                form.rows().forEach(r -> out.add(row(FORM_WIDTHS, List.of(r.label(), r.value()), true)));
            } else if (b instanceof Table table) {
                out.addAll(lines(table.caption() + "：", style.bodySize(), style.leading(), 0, Align.LEFT, false));
                float[] widths = new float[table.headers().size()];
                java.util.Arrays.fill(widths, 1);
                out.add(row(widths, table.headers(), false));
                table.rows().forEach(r -> out.add(row(widths, r, false, table.qrColumns())));
            } else if (b instanceof Qa qa) {
                out.addAll(lines(qa.caption() + "：", style.bodySize(), style.leading(), 0, Align.LEFT, false));
                for (Row line : qa.lines()) {
                    out.addAll(lines((line.label().isEmpty() ? "" : line.label() + "：") + line.value(),
                            style.bodySize(), style.leading(), 0, Align.LEFT, false));
                }
            } else if (b instanceof Signatures s) {
                out.add(gap(style.bodySize() / 2 * OfdPages.PT));
                s.labels().forEach(l -> out.add(signature(l)));
            } else if (b instanceof Seal seal) {
                out.add(seal(seal));
            } else if (b instanceof Stub stub) {
                out.add(gap(style.leading() / 2 * OfdPages.PT));
                out.addAll(lines("- - - - - - - - - - - - - - 沿此线裁开 - - - - - - - - - - - - - -", PageStyle.SMALL_SIZE,
                        style.leading(), 0, Align.CENTRE, false));
                out.addAll(lines(stub.title(), style.bodySize() + 2, style.leading() * 1.2f, 0, Align.CENTRE, true));
                stub.rows().forEach(r -> out.add(row(FORM_WIDTHS, List.of(r.label(), r.value()), true)));
                out.add(gap(style.bodySize() / 2 * OfdPages.PT));
                stub.signatures().forEach(l -> out.add(signature(l)));
            }
            return out;
        }

        enum Align { LEFT, CENTRE, RIGHT }

        /** One item per line; {@code indentChars} characters of first-line indent. */
        List<Item> lines(String text, float sizePt, float leadingPt, int indentChars, Align align, boolean bold) {
            double size = sizePt * OfdPages.PT;
            double leading = leadingPt * OfdPages.PT;
            double indent = indentChars * size;
            List<String> wrapped = OfdText.wrap(text, size, width, indent);
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < wrapped.size(); i++) {
                String line = wrapped.get(i);
                double lineIndent = i == 0 ? indent : 0;
                out.add(Item.of(leading, (pages, top) -> {
                    double w = OfdText.width(line, size);
                    double x = switch (align) {
                        case LEFT -> OfdPages.LEFT + lineIndent;
                        case CENTRE -> OfdPages.LEFT + (width - w) / 2;
                        case RIGHT -> OfdPages.RIGHT - w;
                    };
                    pages.text(line, x, top + (leading - size) / 2, sizePt, bold, false);
                }));
            }
            return out;
        }

        /** A table row: cells with borders, each text wrapped in its cell and centred vertically. */
        Item row(float[] weights, List<String> cells, boolean labelled) {
            return row(weights, cells, labelled, java.util.Set.of());
        }

        /** A table row; the cells of the {@code qr} columns print the QR code of their address instead of text. */
        Item row(float[] weights, List<String> cells, boolean labelled, java.util.Set<Integer> qr) {
            double size = style.cellSize() * OfdPages.PT;
            double leading = style.cellLeading() * OfdPages.PT;
            float sum = 0;
            for (float w : weights) {
                sum += w;
            }
            double[] widths = new double[weights.length];
            List<List<String>> texts = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < weights.length; i++) {
                widths[i] = width * weights[i] / sum;
                String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
                if (qr.contains(i)) {
                    text = "";
                }
                List<String> wrapped = OfdText.wrap(text, size, widths[i] - 2 * PAD, 0);
                texts.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            double qrSide = PdfBlocks.QR_CELL * OfdPages.PT;
            boolean hasQr = qr.stream().anyMatch(i -> i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank());
            double height = Math.max(lines * leading, hasQr ? qrSide : 0) + 2 * PAD;
            return Item.of(height, (pages, top) -> {
                pages.grid(OfdPages.LEFT, top, widths, height);
                double x = OfdPages.LEFT;
                for (int i = 0; i < widths.length; i++) {
                    if (qr.contains(i) && i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank()) {
                        double side = Math.min(qrSide, widths[i] - 2 * PAD);
                        pages.qr(VerificationMark.qrCode(cells.get(i)), x + (widths[i] - side) / 2,
                                top + (height - side) / 2, side);
                    }
                    List<String> cell = texts.get(i);
                    double y = top + (height - cell.size() * leading) / 2;
                    for (String line : cell) {
                        double w = OfdText.width(line, size);
                        double lx = labelled && i == 0 ? x + (widths[i] - w) / 2 : x + PAD;
                        pages.text(line, lx, y + (leading - size) / 2, style.cellSize(), false, false);
                        y += leading;
                    }
                    x += widths[i];
                }
            });
        }

        Item signature(String label) {
            double size = style.bodySize() * OfdPages.PT;
            double leading = style.bodySize() * 1.6 * OfdPages.PT;
            return Item.of(leading, (pages, top) -> {
                double t = top + (leading - size) / 2;
                float sum = SIGNATURE_WIDTHS[0] + SIGNATURE_WIDTHS[1] + SIGNATURE_WIDTHS[2];
                double x1 = OfdPages.LEFT + width * SIGNATURE_WIDTHS[0] / sum;
                double x2 = x1 + width * SIGNATURE_WIDTHS[1] / sum;
                pages.text(label + "：", OfdPages.LEFT, t, style.bodySize(), false, false);
                pages.text("＿＿＿＿＿＿＿＿", x1, t, style.bodySize(), false, false);
                pages.text("　　年　　月　　日", x2, t, style.bodySize(), false, false);
            });
        }

        /** As {@link PdfBlocks#seal}: the date four characters in from the right, the authority centred over it. */
        Item seal(Seal seal) {
            double size = style.bodySize() * OfdPages.PT;
            double leading = style.leading() * OfdPages.PT;
            double nameWidth = OfdText.width(seal.unitName(), size);
            double dateWidth = OfdText.width(seal.date(), size);
            double column = Math.max(nameWidth, dateWidth);
            double spacer = Math.max(0.5, 4 * size - Math.max(0, (nameWidth - dateWidth) / 2));
            double centre = OfdPages.RIGHT - spacer - column / 2;
            double before = leading / 2;
            return Item.of(before + 4 * leading, (pages, top) -> {
                double area = top + before;
                double name = area + 2 * leading;
                if (!sealed) {
                    pages.text("（印章）", centre - OfdText.width("（印章）", size) / 2, area + leading - size / 2,
                            style.bodySize(), false, true);
                }
                pages.text(seal.unitName(), centre - nameWidth / 2, name + (leading - size) / 2, style.bodySize(),
                        false, false);
                pages.text(seal.date(), centre - dateWidth / 2, name + leading + (leading - size) / 2,
                        style.bodySize(), false, false);
                // GB/T 9704 7.3.5.1: authority and date in the lower middle of the seal
                pages.stampAt(centre, name - leading * 0.3);
            });
        }

        /** The 电子签章 block: a frame with the QR code and the statement. */
        Item mark(VerificationMark mark) {
            double side = 26;
            double size = PageStyle.SMALL_SIZE * OfdPages.PT;
            double leading = size * 1.5;
            double textX = OfdPages.LEFT + side + 3 * PAD;
            double textWidth = OfdPages.RIGHT - PAD - textX;
            List<String> lines = new ArrayList<>();
            lines.add(VerificationMark.HEADING);
            mark.lines().forEach(l -> lines.addAll(OfdText.wrap(l, size, textWidth, 0)));
            lines.addAll(OfdText.wrap(mark.url(), size, textWidth, 0));
            double height = Math.max(side, lines.size() * leading) + 2 * PAD;
            double before = style.leading() / 2 * OfdPages.PT;
            return Item.of(before + height, (pages, top) -> {
                double t = top + before;
                pages.grid(OfdPages.LEFT, t, new double[] {width}, height);
                pages.qr(mark.qrCode(), OfdPages.LEFT + PAD, t + (height - side) / 2, side);
                double y = t + PAD;
                for (int i = 0; i < lines.size(); i++) {
                    pages.text(lines.get(i), textX, y + (leading - size) / 2, PageStyle.SMALL_SIZE, i == 0, false);
                    y += leading;
                }
            });
        }

        static Item gap(double height) {
            return Item.of(height, (pages, top) -> {
                // space only
            });
        }
    }
}
