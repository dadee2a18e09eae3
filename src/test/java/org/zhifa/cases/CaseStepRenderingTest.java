package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.on;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * A case step that issues a document commits the document's content and its SM3 fingerprint with the step and
 * renders nothing; the PDF is rendered from that content when first read (or by the render workers).
 */
@ZhifaIntegrationTest
class CaseStepRenderingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementDocuments documents;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    @Test
    void record_site_commits_the_record_content_and_fingerprint_and_renders_it_after_the_commit() {
        LocalDate act = LocalDate.now(CaseFlow.ZONE).minusDays(1);
        long id = flow.create(flow.draft("GLF-77-1", act, 191)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(act, "opinion", "建议立案（测试）"));
        flow.ok("head1", id, "approve-filing", on(act, "opinion", "同意立案（测试）"));

        flow.ok("officer1", id, "record-site", flow.site(act, "officer2"));

        IssuedDocument site = documents.list("CASE:" + id).stream()
                .filter(d -> d.type().name().equals("SITE_RECORD")).findFirst().orElseThrow();
        Map<String, Object> row = jdbc.sql("""
                select pdf is null as no_pdf, ofd is null as no_ofd, sm3_content,
                    exists (select 1 from document_render_queue q where q.document_id = d.id) as queued
                from enforcement_document d where id = :id""").param("id", site.id()).query().singleRow();
        assertThat(row).containsEntry("no_pdf", true).containsEntry("no_ofd", true).containsEntry("queued", true);
        assertThat(row.get("sm3_content")).isEqualTo(site.sm3Content());
        assertThat(site.sm3Content()).hasSize(64);

        // the case page lists it before it is rendered; its PDF link renders it from the fixed content
        var page = TestApi.as(port, "officer1").get("/api/cases/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"id\":" + site.id());
        var pdf = TestApi.as(port, "officer1").get("/api/documents/" + site.id() + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        IssuedDocument rendered = documents.find(site.id()).orElseThrow();
        assertThat(rendered.rendered()).isTrue();
        assertThat(rendered.sm3Content()).isEqualTo(site.sm3Content());
        assertThat(rendered.sm3Pdf()).isEqualTo(Sm3.hex(documents.pdf(site.id())));
    }
}
