package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.FieldValues;
import org.zhifa.documents.internal.LayoutInput;
import org.zhifa.documents.internal.Layouts;
import org.zhifa.documents.internal.PageStyle;
import org.zhifa.documents.internal.PdfRenderer;
import org.zhifa.documents.internal.VerificationMark;

/**
 * The official layout (GB/T 9704-2012 公文格式, adapted for forms): A4 portrait, type area, sizes, the serif font, the
 * closing kept with the text before it, 第 N 页 共 M 页 on every page, the two-part on-the-spot decision.
 */
class DocumentLayoutTest {

    static final DocumentsProperties SETTINGS = DocumentsProperties.defaults();
    static final PdfRenderer PDF = new PdfRenderer(new CjkFont(SETTINGS));
    static final String UNIT = "德令哈市交通运输综合行政执法大队";
    static final String FILLER = "经查，当事人所驾车辆的装载情况与称重检测记录一致，现场照片与询问笔录相互印证。";

    /** As issued: with the 电子签章 block and QR code. */
    static byte[] render(DocumentType type, Map<String, Object> fields) {
        return PDF.render(Layouts.build(new LayoutInput(type, UNIT, type.numbered() ? "德交执罚〔2025〕3号" : null,
                FieldValues.normalize(fields), SETTINGS)), MARK);
    }

    static final VerificationMark MARK = VerificationMark.sealed(
            "http://localhost:8080/public/documents/verify/0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", UNIT,
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true);

    /** The last page, after checking that every page says 第 N 页 共 M 页 with M the real number of pages. */
    static String lastPage(List<String> pages) {
        for (int p = 1; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).contains("第" + p + "页共" + pages.size() + "页");
        }
        return pages.get(pages.size() - 1);
    }

    /**
     * The pages of the first part of a document (the part handed to the party): all of them, or for a two-part form
     * those before its cut line, the last one cut there (and left out when nothing of the first part is on it).
     */
    static List<String> firstPart(List<String> pages) {
        lastPage(pages);
        List<String> out = new java.util.ArrayList<>();
        for (String page : pages) {
            int cut = page.indexOf("沿此线裁开");
            if (cut < 0) {
                out.add(page);
                continue;
            }
            String before = page.substring(0, cut);
            if (out.isEmpty() || before.contains("（印章）") || before.contains("签名")) {
                out.add(before);
            }
            break;
        }
        return out;
    }

    static String repeat(int n) {
        return FILLER.repeat(Math.max(n, 0)).substring(0, Math.max(0, n * FILLER.length() / 2));
    }

    @Test
    @DisplayName("GB/T 9704：A4 纵向，版心左 28 mm、右 26 mm、上 37 mm、下 35 mm，标题 2 号、正文 3 号")
    void documents_are_a4_portrait_in_the_gbt_9704_type_area_with_title_22pt_and_body_16pt() throws Exception {
        byte[] pdf = render(DocumentType.PENALTY_DECISION, SampleDocuments.complete(DocumentType.PENALTY_DECISION));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
        assertThat(reader.getPageRotation(1)).isZero();
        reader.close();

        List<PdfPages.Word> words = PdfPages.words(pdf);
        double mm = 72 / 25.4;
        List<PdfPages.Word> body = words.stream().filter(w -> !w.text().startsWith("第") || !w.text().endsWith("页"))
                .filter(w -> !w.text().matches("第|\\d+|页|共")).toList();
        assertThat(body).allSatisfy(w -> {
            assertThat(w.xMin()).isGreaterThanOrEqualTo(28 * mm - 0.5);
            assertThat(w.xMax()).isLessThanOrEqualTo((210 - 26) * mm + 0.5);
            assertThat(w.yMin()).isGreaterThanOrEqualTo(37 * mm - 0.5);
            assertThat(w.yMax()).isLessThanOrEqualTo((297 - 35) * mm + 0.5);
        });
        PdfPages.Word title = words.stream().filter(w -> w.text().equals("行政处罚决定书")).findFirst().orElseThrow();
        assertThat(title.height()).isEqualTo(22.0, org.assertj.core.data.Offset.offset(0.5));
        PdfPages.Word facts = words.stream().filter(w -> w.text().startsWith("违法事实")).findFirst().orElseThrow();
        assertThat(facts.height()).isEqualTo(16.0, org.assertj.core.data.Offset.offset(0.5));
        // a full body line holds 28 characters of 16 pt in the 156 mm type area
        assertThat(PageStyle.textWidth() / 16).isBetween(27.5f, 28f);
    }

    @Test
    @DisplayName("Word 版同为 A4、GB/T 9704 页边距，页脚为“第 N 页 共 M 页”域")
    void the_docx_has_the_same_page_and_page_n_of_m_fields() throws Exception {
        byte[] docx = new org.zhifa.documents.internal.DocxRenderer().render(Layouts.build(new LayoutInput(
                DocumentType.INQUIRY_RECORD, UNIT, null,
                FieldValues.normalize(SampleDocuments.complete(DocumentType.INQUIRY_RECORD)), SETTINGS)));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(sect.getPgMar().getTop().toString()).isEqualTo("2098");
            assertThat(sect.getPgMar().getLeft().toString()).isEqualTo("1587");
            String footer = doc.getFooterArray(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE", "NUMPAGES", "共");
        }
    }

    @Test
    @DisplayName("默认字体为宋体风格的 Noto Serif CJK SC（fonts-noto-cjk），嵌入 PDF")
    void the_default_font_is_noto_serif_cjk_sc_embedded_in_the_pdf() throws Exception {
        assertThat(new CjkFont(SETTINGS).location())
                .isEqualTo("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");
        assertThat(new CjkFont(SETTINGS).familyName()).isEqualTo("Noto Serif CJK SC");
        byte[] pdf = render(DocumentType.VIOLATION_NOTICE, SampleDocuments.complete(DocumentType.VIOLATION_NOTICE));
        assertThat(PdfPages.fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("NotoSerifCJKsc-Regular"));
        assertThat(new CjkFont(SETTINGS).officeFontName()).isEqualTo("宋体");
    }

    @Test
    @DisplayName("zhifa.documents.font 指定的授权字体（如方正仿宋_GB2312）取代默认字体")
    void a_font_file_set_in_zhifa_documents_font_replaces_the_default() throws Exception {
        // stands in for a unit's licensed face: any CJK font file the machine has
        String licensed = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0";
        DocumentsProperties settings = new DocumentsProperties(null, null, licensed, null, null, null);
        CjkFont font = new CjkFont(settings);
        byte[] pdf = new PdfRenderer(font).render(Layouts.build(new LayoutInput(DocumentType.VIOLATION_NOTICE, UNIT,
                "德交执通〔2025〕1号", FieldValues.normalize(SampleDocuments.complete(DocumentType.VIOLATION_NOTICE)),
                settings)));
        assertThat(font.location()).isEqualTo(licensed);
        assertThat(PdfPages.fonts(pdf)).allMatch(f -> f.contains("WenQuanYi"));
        assertThat(font.officeFontName()).isEqualTo("文泉驿正黑");
    }

    @Test
    @DisplayName("落款（机关、印章位置、日期）不单独成页：行政处罚决定书正文结束于页面底部附近时与最后一段同页")
    void the_issuing_authority_seal_area_and_date_stay_with_the_last_paragraph_of_a_decision() {
        Set<Integer> pageCounts = new HashSet<>();
        for (int n = 0; n <= 48; n++) {
            Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.penaltyDecision());
            f.put(DocumentFields.FACTS, f.get(DocumentFields.FACTS) + repeat(n));
            List<String> pages = firstPart(PdfPages.texts(render(DocumentType.PENALTY_DECISION, f)));
            pageCounts.add(pages.size());
            String last = pages.get(pages.size() - 1);
            assertThat(last).as("%d 段填充：最后一页", n).contains(UNIT, "2025年3月20日", "（印章）", "电子签章")
                    // the end of the remedies paragraph, the last paragraph before the closing
                    .contains("第五十三条）。");
            for (int p = 0; p < pages.size() - 1; p++) {
                assertThat(pages.get(p)).as("%d 段填充：第 %d 页", n, p + 1).doesNotContain("2025年3月20日");
            }
        }
        // the sweep pushed the end of the text across at least two page breaks
        assertThat(pageCounts).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("落款不单独成页：登记表的最后一行与落款同页")
    void the_issuing_authority_stays_with_the_last_row_of_a_form() {
        Set<Integer> pageCounts = new HashSet<>();
        for (int n = 0; n <= 60; n += 2) {
            Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.FILING_REGISTER));
            f.put(DocumentFields.FACTS, repeat(n));
            List<String> pages = PdfPages.texts(render(DocumentType.FILING_REGISTER, f));
            pageCounts.add(pages.size());
            String last = lastPage(pages);
            assertThat(last).as("%d 段填充", n).contains("审批负责人", "2025年3月20日", UNIT, "电子签章");
        }
        assertThat(pageCounts).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("笔录的签名栏与确认语同页")
    void the_signature_lines_of_a_record_stay_with_its_closing_statement() {
        Set<Integer> pageCounts = new HashSet<>();
        for (int n = 1; n <= 40; n++) {
            Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.complete(DocumentType.INQUIRY_RECORD));
            List<Map<String, Object>> qa = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                qa.add(Map.of("q", "第" + (i + 1) + "问：请说明车辆装载情况。", "a", "装载的是煤炭，没有异议。"));
            }
            f.put(DocumentFields.QA, qa);
            List<String> pages = PdfPages.texts(render(DocumentType.INQUIRY_RECORD, f));
            pageCounts.add(pages.size());
            String last = lastPage(pages);
            assertThat(last).as("%d 问", n).contains("以上笔录已交被询问人阅读", "记录人签名", "电子签章");
        }
        assertThat(pageCounts).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("每页页脚印“第 N 页 共 M 页”")
    void every_page_says_page_n_of_m() {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.penaltyDecision());
        f.put(DocumentFields.FACTS, repeat(70));
        List<String> pages = PdfPages.texts(render(DocumentType.PENALTY_DECISION, f));
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        for (int p = 1; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).contains("第" + p + "页共" + pages.size() + "页");
        }
    }

    @Test
    @DisplayName("两联式：当场行政处罚决定书的存根在裁切线下整体印在同一 A4 页")
    void the_on_the_spot_decision_prints_its_stub_whole_below_a_cut_line_on_one_a4_page() throws Exception {
        Map<String, Object> f = SampleDocuments.complete(DocumentType.ON_THE_SPOT_DECISION);
        byte[] pdf = render(DocumentType.ON_THE_SPOT_DECISION, f);
        List<String> pages = PdfPages.texts(pdf);
        int stubPage = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("当场行政处罚决定书（存根）")) {
                stubPage = p;
            }
        }
        assertThat(stubPage).isEqualTo(pages.size() - 1);
        assertThat(pages.get(stubPage)).contains("沿此线裁开", "德交执罚〔2025〕3号", "张示例", "人民币3,000.00元",
                "决定日期2025年3月20日", "当事人签收");
        // the first part ends (authority and date) before the stub starts
        String before = String.join("", pages.subList(0, stubPage)) + pages.get(stubPage).split("沿此线裁开")[0];
        assertThat(before).contains(UNIT, "2025年3月20日", "当事人签名");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            assertThat(reader.getPageSize(p).getWidth()).isEqualTo(595f);
            assertThat(reader.getPageSize(p).getHeight()).isEqualTo(842f);
        }
        reader.close();
    }

    /**
     * The forms of the national 交通运输行政执法文书式样 that end with "本文书一式两份：一份存根，一份交当事人或其代理人"
     * print their 存根 last, below a cut line, whole on one A4 page, with the document's number, party and date and the
     * receipt line; the forms without that note (送达回证, the records, 立案登记表, 结案报告) print none.
     */
    @Test
    @DisplayName("两联式：文书式样注明“一式两份：一份存根”的文书在裁切线下印存根，其他文书不印")
    void the_two_part_forms_of_the_national_set_print_their_stub_and_the_others_none() throws Exception {
        List<DocumentType> twoPart = List.of(DocumentType.ON_THE_SPOT_DECISION, DocumentType.PENALTY_DECISION,
                DocumentType.VIOLATION_NOTICE, DocumentType.REMINDER, DocumentType.INSTALMENT_NOTICE,
                DocumentType.EVIDENCE_PRESERVATION_LIST, DocumentType.COMPULSORY_MEASURE_DECISION,
                DocumentType.EXTEND_COMPULSORY_MEASURE, DocumentType.HEARING_NOTICE, DocumentType.CORRECTION_ORDER,
                DocumentType.SAMPLING_VOUCHER, DocumentType.SUBSTITUTE_PERFORMANCE_DECISION,
                DocumentType.RELEASE_EVIDENCE_PRESERVATION, DocumentType.RELEASE_COMPULSORY_MEASURE,
                DocumentType.ENFORCEMENT_DECISION, DocumentType.EXECUTION_SUSPENSION_NOTICE);
        for (DocumentType type : twoPart) {
            Map<String, Object> f = SampleDocuments.complete(type);
            List<String> pages = PdfPages.texts(render(type, f));
            String last = pages.get(pages.size() - 1);
            assertThat(last).as(type.title()).contains("沿此线裁开", type.title() + "（存根）", "签收");
            String stub = last.substring(last.indexOf(type.title() + "（存根）"));
            assertThat(stub).as(type.title()).contains("当事人");
            if (type.numbered()) {
                assertThat(stub).as(type.title()).contains("文号");
            }
            assertThat(String.join("", pages.subList(0, pages.size() - 1)) + last.split("沿此线裁开")[0])
                    .as(type.title() + ": the first part is whole before the cut line").doesNotContain("（存根）");
        }
        for (DocumentType type : List.of(DocumentType.PROOF_OF_SERVICE, DocumentType.HEARING_RECORD,
                DocumentType.INQUIRY_RECORD, DocumentType.SITE_RECORD, DocumentType.CLOSURE_REPORT,
                DocumentType.FILING_REGISTER, DocumentType.EVIDENCE_LIST, DocumentType.INSPECTION_RECORD,
                DocumentType.EXECUTION_ANNOUNCEMENT)) {
            assertThat(String.join("", PdfPages.texts(render(type, SampleDocuments.complete(type)))))
                    .as(type.title()).doesNotContain("存根", "沿此线裁开");
        }
    }

    @Test
    @DisplayName("pdftoppm 将文书转为图像，每页都有内容")
    void pdftoppm_turns_every_page_of_a_document_into_a_non_empty_image() throws Exception {
        Map<String, Object> f = new java.util.LinkedHashMap<>(SampleDocuments.penaltyDecision());
        f.put(DocumentFields.FACTS, repeat(40));
        byte[] pdf = render(DocumentType.PENALTY_DECISION, f);
        List<BufferedImage> images = PdfPages.images(pdf, 50);
        assertThat(images).hasSize(PdfPages.texts(pdf).size()).hasSizeGreaterThanOrEqualTo(2);
        for (BufferedImage page : images) {
            // A4 at 50 dpi
            assertThat(page.getWidth()).isBetween(412, 415);
            assertThat(page.getHeight()).isBetween(583, 586);
            assertThat(PdfPages.inked(page)).isGreaterThan(0.005);
        }
    }
}
