package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhifa.documents.CjkFont;
import org.zhifa.documents.internal.DocumentModel;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.DocxRenderer;
import org.zhifa.documents.internal.FieldValues;
import org.zhifa.documents.internal.LayoutInput;
import org.zhifa.documents.internal.Layouts;
import org.zhifa.documents.internal.PdfRenderer;

/** Every document type renders from a complete sample to a PDF that parses and shows its title and number. */
class DocumentRenderingTest {

    static final DocumentsProperties SETTINGS = DocumentsProperties.defaults();
    static final PdfRenderer PDF = new PdfRenderer(new CjkFont(SETTINGS));
    static final String NUMBER = "德交执罚〔2025〕3号";

    static DocumentModel model(DocumentType type) {
        return Layouts.build(new LayoutInput(type, "德令哈市交通运输综合行政执法大队", type.numbered() ? NUMBER : null,
                FieldValues.normalize(SampleDocuments.complete(type)), SETTINGS));
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(extractor.getTextFromPage(p)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void every_document_type_renders_a_pdf_with_title_and_number(DocumentType type) throws IOException {
        assertThat(type.missingFields(FieldValues.normalize(SampleDocuments.complete(type)))).isEmpty();
        byte[] pdf = PDF.render(model(type));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf).replace(" ", "");
        assertThat(text).contains(type.title().replace(" ", "")).contains("德令哈市交通运输综合行政执法大队");
        if (type.numbered()) {
            assertThat(text).contains(NUMBER);
        } else {
            assertThat(text).contains("德交执立〔2025〕7号");
        }
        Path dir = Path.of("target/documents-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(type.name() + ".pdf"), pdf);
    }

    @Test
    void penalty_decision_prints_the_remedies_of_reconsideration_within_60_days_and_litigation_within_6_months()
            throws IOException {
        String text = text(PDF.render(model(DocumentType.PENALTY_DECISION))).replace(" ", "");
        assertThat(text).contains("六十日内", "申请行政复议", "六个月内", "提起行政诉讼", "德令哈市人民法院", "（印章）",
                "2025年3月20日", "人民币3,000.00元（大写：叁仟元整）");
    }

    @Test
    void editable_document_exports_a_docx_that_poi_opens_with_the_title() throws IOException {
        byte[] docx = new DocxRenderer().render(model(DocumentType.INQUIRY_RECORD));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("询问笔录", "问：请介绍一下你的基本情况。", "被询问人签名");
        }
    }
}
