package org.zhifa.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.OfdFiles;
import org.zhifa.documents.PdfPages;
import org.zhifa.documents.SampleDocuments;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Documents are rendered after the issuing transaction from the content it fixed: the durable queue, its workers
 * (FOR UPDATE SKIP LOCKED), a crash between commit and rendering, and the reader who needs the file first.
 * The test application runs no render workers of its own (application-test.yml); the tests drive the queue.
 */
@ZhifaIntegrationTest
class DocumentRenderQueueTest {

    @Autowired
    EnforcementDocuments documents;
    @Autowired
    DocumentRendering rendering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SealStore seals;

    private IssuedDocument issue(String caseRef) {
        return documents.issue(DocumentRequest.of(DocumentType.PENALTY_DECISION, 11, caseRef,
                SampleDocuments.complete(DocumentType.PENALTY_DECISION)));
    }

    /** Puts the document first in the queue (the queue holds every pending document of the shared test database). */
    private void first(long id) {
        jdbc.sql("update document_render_queue set not_before = :at where document_id = :id")
                .param("at", java.time.OffsetDateTime.parse("2000-01-01T00:00+08:00").plusNanos(id * 1000))
                .param("id", id).update();
    }

    private boolean queued(long id) {
        return jdbc.sql("select count(*) from document_render_queue where document_id = :id").param("id", id)
                .query(Long.class).single() == 1;
    }

    private boolean stored(long id) {
        return jdbc.sql("select pdf is not null from enforcement_document where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private long renderings(long id) {
        return jdbc.sql("select count(*) from audit_record where action = 'DOCUMENT_RENDERED' and object_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single();
    }

    @Test
    void issuing_commits_the_content_and_its_fingerprint_and_queues_the_rendering() {
        IssuedDocument d = issue("CASE:RQ-1");

        assertThat(stored(d.id())).isFalse();
        assertThat(queued(d.id())).isTrue();
        assertThat(d.rendered()).isFalse();
        assertThat(d.sm3Pdf()).isNull();
        assertThat(d.hasOfd()).isTrue();
        // the stored content read back gives the fingerprint fixed at issue
        DocumentRendering.Stored s = rendering.stored(d.id()).orElseThrow();
        assertThat(s.content().sm3()).isEqualTo(d.sm3Content()).isEqualTo(s.sm3Content());
        assertThat(s.content().number()).isEqualTo(d.number());
        assertThat(s.content().verificationToken()).isEqualTo(d.verificationToken());
    }

    @Test
    void a_worker_renders_the_queued_document_from_its_content_and_records_both_sm3() {
        IssuedDocument d = issue("CASE:RQ-2");
        first(d.id());

        assertThat(rendering.renderNext()).isTrue();

        assertThat(queued(d.id())).isFalse();
        IssuedDocument r = documents.find(d.id()).orElseThrow();
        assertThat(r.rendered()).isTrue();
        assertThat(r.sm3Content()).isEqualTo(d.sm3Content());
        byte[] pdf = documents.pdf(d.id());
        byte[] ofd = documents.ofd(d.id());
        assertThat(r.sm3Pdf()).isEqualTo(Sm3.hex(pdf));
        assertThat(r.sm3Ofd()).isEqualTo(Sm3.hex(ofd));
        assertThat(String.join("", PdfPages.texts(pdf)).replaceAll("\\s", "")).contains(d.number());
        assertThat(String.join("", OfdFiles.texts(ofd))).contains(d.number());
        assertThat(renderings(d.id())).isEqualTo(1);
    }

    @Test
    void the_same_content_renders_the_same_text() {
        IssuedDocument d = issue("CASE:RQ-3");
        DocumentRendering.Stored s = rendering.stored(d.id()).orElseThrow();

        Optional<UnitSeal> seal = s.sealId() == null ? Optional.empty() : seals.find(s.sealId());
        DocumentRendering.Files a = rendering.render(s.content(), seal);
        DocumentRendering.Files b = rendering.render(s.content(), seal);

        assertThat(PdfPages.texts(a.pdf())).isEqualTo(PdfPages.texts(b.pdf()));
        assertThat(OfdFiles.texts(a.ofd())).isEqualTo(OfdFiles.texts(b.ofd()));
        // and the stored files, rendered on the first read, say the same
        assertThat(PdfPages.texts(documents.pdf(d.id()))).isEqualTo(PdfPages.texts(a.pdf()));
        assertThat(OfdFiles.texts(documents.ofd(d.id()))).isEqualTo(OfdFiles.texts(a.ofd()));
    }

    @Test
    void a_document_left_pending_by_a_crash_is_rendered_by_the_next_worker() throws Exception {
        IssuedDocument d = issue("CASE:RQ-4");
        first(d.id());
        // an instance took the document and died while rendering: its transaction never committed
        try (Connection crashed = dataSource.getConnection()) {
            crashed.setAutoCommit(false);
            try (var st = crashed.prepareStatement(
                    "select document_id from document_render_queue where document_id = ? for update")) {
                st.setLong(1, d.id());
                st.executeQuery().close();
            }
            crashed.rollback();
        }
        assertThat(queued(d.id())).isTrue();
        assertThat(stored(d.id())).isFalse();

        // a new worker (as after a restart) finds it in the queue
        RenderWorkers restarted = new RenderWorkers(rendering,
                new RenderProperties(1, Duration.ofMillis(50), Duration.ofMinutes(1)));
        restarted.start();
        try {
            for (int i = 0; i < 600 && !stored(d.id()); i++) {
                Thread.sleep(100);
            }
        } finally {
            restarted.stop();
        }
        assertThat(stored(d.id())).isTrue();
        assertThat(queued(d.id())).isFalse();
        assertThat(renderings(d.id())).isEqualTo(1);
    }

    @Test
    void a_worker_skips_a_document_another_worker_holds_and_never_renders_it_twice() throws Exception {
        IssuedDocument held = issue("CASE:RQ-5");
        IssuedDocument next = issue("CASE:RQ-6");
        first(held.id());
        first(next.id());
        try (Connection other = dataSource.getConnection()) {
            // another worker (another instance) holds the first document
            other.setAutoCommit(false);
            try (var st = other.prepareStatement(
                    "select document_id from document_render_queue where document_id = ? for update skip locked")) {
                st.setLong(1, held.id());
                assertThat(st.executeQuery().next()).isTrue();
            }
            // this worker does not wait for it and does not render it: it takes the next one
            assertThat(rendering.renderNext()).isTrue();
            assertThat(stored(held.id())).isFalse();
            assertThat(stored(next.id())).isTrue();
            other.rollback();
        }
        // two workers at once on the same queue: each document is rendered exactly once
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            runs.add(two.submit(rendering::renderNext));
            runs.add(two.submit(rendering::renderNext));
            List<Boolean> took = new ArrayList<>();
            for (Future<Boolean> f : runs) {
                took.add(f.get());
            }
            assertThat(took).contains(true);
        } finally {
            two.shutdown();
        }
        assertThat(stored(held.id())).isTrue();
        assertThat(renderings(held.id())).isEqualTo(1);
        assertThat(renderings(next.id())).isEqualTo(1);
    }

    @Test
    void readers_of_a_document_not_rendered_yet_get_it_rendered_once() throws Exception {
        IssuedDocument d = issue("CASE:RQ-7");
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<byte[]>> pdfs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                pdfs.add(readers.submit(() -> documents.pdf(d.id())));
            }
            for (Future<byte[]> f : pdfs) {
                assertThat(Sm3.hex(f.get())).isEqualTo(documents.find(d.id()).orElseThrow().sm3Pdf());
            }
        } finally {
            readers.shutdown();
        }
        assertThat(renderings(d.id())).isEqualTo(1);
        assertThat(queued(d.id())).isFalse();
        // the worker that reaches the queue later has nothing left to do for it
        assertThat(documents.rendered(d.id()).sm3Ofd()).isEqualTo(Sm3.hex(documents.ofd(d.id())));
    }

    @Test
    void the_rendered_files_are_written_once_and_the_content_never_changes() {
        IssuedDocument d = issue("CASE:RQ-8");
        documents.pdf(d.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update enforcement_document set pdf = '\\x00'::bytea, sm3_pdf = :h where id = :id")
                .param("h", Sm3.hex(new byte[] {0})).param("id", d.id()).update()).hasMessageContaining("不得修改");
        IssuedDocument pending = issue("CASE:RQ-9");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                update enforcement_document set pdf = '\\x00'::bytea, sm3_pdf = :h, ofd = '\\x00'::bytea, sm3_ofd = :h,
                    rendered_at = now(), unit_name = '另一单位' where id = :id""")
                .param("h", Sm3.hex(new byte[] {0})).param("id", pending.id()).update()).hasMessageContaining("不得修改");
    }
}
