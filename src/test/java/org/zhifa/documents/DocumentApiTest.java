package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/** Downloads: roles, data scope by the issuing unit (404 outside it), audit of every download. */
@ZhifaIntegrationTest
class DocumentApiTest {

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    EnforcementDocuments documents;

    @Autowired
    JdbcClient jdbc;

    private IssuedDocument issue(DocumentType type, long unitId, String caseRef) {
        return documents.issue(DocumentRequest.of(type, unitId, caseRef, SampleDocuments.complete(type)));
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        // one login per user: password hashing is deliberately slow
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> TestApi.anonymous(port).post("/api/auth/token",
                Map.of("username", user, "password", TestApi.DEMO_PASSWORD)).json().get("token").asString());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long viewedAudits(long id) {
        return jdbc.sql("select count(*) from audit_record where action = 'DOCUMENT_VIEWED' and object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single();
    }

    @Test
    void officer_of_the_issuing_unit_downloads_the_stored_pdf_and_the_download_is_audited() throws Exception {
        IssuedDocument d = issue(DocumentType.PENALTY_DECISION, 11, "CASE:API-1");

        HttpResponse<byte[]> r = download("officer1", "/api/documents/" + d.id() + ".pdf");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(r.body()).isEqualTo(documents.pdf(d.id()));
        assertThat(viewedAudits(d.id())).isEqualTo(1);
    }

    @Test
    void officer3_of_golmud_cannot_download_a_delingha_document() throws Exception {
        IssuedDocument d = issue(DocumentType.PENALTY_DECISION, 11, "CASE:API-2");

        assertThat(download("officer3", "/api/documents/" + d.id() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(download("officer3", "/api/documents/" + d.id() + ".docx").statusCode()).isEqualTo(404);
        assertThat(TestApi.as(port, "officer3").get("/api/documents?caseRef=CASE:API-2").json()).isEmpty();
        assertThat(viewedAudits(d.id())).isZero();
    }

    @Test
    void the_supervision_bureau_sees_every_unit_and_the_bureau_head_sees_its_brigade() throws Exception {
        IssuedDocument d = issue(DocumentType.VIOLATION_NOTICE, 11, "CASE:API-3");
        assertThat(download("supervisor1", "/api/documents/" + d.id() + ".pdf").statusCode()).isEqualTo(200);
        assertThat(download("head1", "/api/documents/" + d.id() + ".pdf").statusCode()).isEqualTo(200);
        assertThat(download("reviewer1", "/api/documents/" + d.id() + ".pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void administrators_without_a_business_role_are_refused() throws Exception {
        IssuedDocument d = issue(DocumentType.VIOLATION_NOTICE, 11, "CASE:API-4");
        assertThat(download("admin", "/api/documents/" + d.id() + ".pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void list_by_case_shows_versions_and_links_and_docx_opens_for_editable_documents() throws Exception {
        IssuedDocument record = issue(DocumentType.INQUIRY_RECORD, 11, "CASE:API-5");
        issue(DocumentType.PENALTY_DECISION, 11, "CASE:API-5");

        var list = TestApi.as(port, "officer1").get("/api/documents?caseRef=CASE:API-5").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("title").asString()).isEqualTo("询问笔录");
        assertThat(list.get(0).get("docxUrl").asString()).isEqualTo("/api/documents/" + record.id() + ".docx");
        assertThat(list.get(1).get("number").asString()).matches("德交执罚〔2025〕\\d+号");
        assertThat(list.get(1).get("docxUrl").isNull()).isTrue();

        HttpResponse<byte[]> docx = download("aux1", list.get(0).get("docxUrl").asString());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("询问笔录", "德令哈市交通运输综合行政执法大队");
        }
        assertThat(download("officer1", "/api/documents/" + list.get(1).get("id").asLong() + ".docx").statusCode())
                .isEqualTo(400);
    }
}
