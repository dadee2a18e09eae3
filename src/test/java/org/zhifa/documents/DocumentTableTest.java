package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/documents.md maps every document type to its fields and the facts they come from: no type left out. */
class DocumentTableTest {

    @Test
    void every_document_type_is_in_the_table_of_docs_documents_md() throws Exception {
        String doc = Files.readString(Path.of("docs/documents.md"));
        for (DocumentType t : DocumentType.values()) {
            assertThat(doc).as(t.name()).containsPattern("\\|[^|\\n]*\\b" + t.name() + "\\b[^|\\n]*\\|");
        }
    }

    @Test
    void the_evidence_list_is_numbered_and_its_rows_carry_the_fingerprint_and_the_log_index() {
        assertThat(DocumentType.EVIDENCE_LIST.numbered()).isTrue();
        var rows = DocumentType.EVIDENCE_LIST.fields().stream()
                .filter(f -> f.key().equals(DocumentFields.EVIDENCE_ITEMS)).findFirst().orElseThrow();
        assertThat(rows.columns()).extracting(DocumentField::label)
                .containsExactly("种类", "名称", "来源", "取得方式", "SM3 指纹", "存证日志序号", "核验二维码");
        // the last column is the item's public verification page, printed as its QR code
        assertThat(rows.columns().get(6).kind()).isEqualTo(org.zhifa.documents.FieldKind.QR_URL);
    }
}
