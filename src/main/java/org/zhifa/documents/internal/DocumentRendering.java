package org.zhifa.documents.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.ChinaTime;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentType;

/**
 * Renders the PDF and the OFD of an issued document from its stored content, after the issuing transaction: the
 * render workers take queued documents with {@code FOR UPDATE SKIP LOCKED}; a reader that needs the file of a document
 * not rendered yet renders it at once ({@link #ensureRendered}), waiting for a worker that holds it. Before rendering,
 * the content is read back and its SM3 compared with the fingerprint fixed at issue; the files are written once,
 * with their SM3, and audited ({@code DOCUMENT_RENDERED}).
 */
@Service
public class DocumentRendering {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentRendering.class);

    private static final String CONTENT = """
            select d.id, d.case_ref, d.type, d.unit_id, d.unit_name, d.number, d.version, d.supersedes_id,
                d.fields::text as fields, d.verification_token, d.seal_id, d.issued_at, d.sm3_content,
                d.pdf is not null as rendered
            from enforcement_document d where d.id = :id
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final SealStore seals;
    private final PdfRenderer pdfRenderer;
    private final OfdRenderer ofdRenderer;
    private final OfdSealer sealer;
    private final DocumentsProperties settings;
    private final RenderProperties renderSettings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTx;
    private final ConcurrentHashMap<Long, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    DocumentRendering(JdbcClient jdbc, PersonalDataCipher cipher, SealStore seals, PdfRenderer pdfRenderer,
            OfdRenderer ofdRenderer, OfdSealer sealer, DocumentsProperties settings, RenderProperties renderSettings,
            AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.seals = seals;
        this.pdfRenderer = pdfRenderer;
        this.ofdRenderer = ofdRenderer;
        this.sealer = sealer;
        this.settings = settings;
        this.renderSettings = renderSettings;
        this.audit = audit;
        this.clock = clock;
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The files of one document version. */
    record Files(byte[] pdf, byte[] ofd) {
    }

    /** A stored document's content as read back, its fingerprint fixed at issue, and whether its files exist. */
    record Stored(long id, DocumentContent content, Long sealId, String sm3Content, boolean rendered) {
    }

    /**
     * Renders the PDF and the OFD of the content; the OFD sealed with {@code seal} when given. The same content
     * gives the same text and layout; the seal signature carries the time of sealing.
     */
    Files render(DocumentContent c, Optional<UnitSeal> seal) {
        String url = settings.verificationUrl(c.verificationToken());
        DocumentModel model = Layouts.build(new LayoutInput(c.type(), c.unitName(), c.number(), c.fields(), settings));
        boolean visible = seal.isPresent() && model.blocks().stream().anyMatch(DocumentModel.Seal.class::isInstance);
        VerificationMark mark = seal.map(s -> VerificationMark.sealed(url, c.unitName(), s.keyId(), visible))
                .orElseGet(() -> VerificationMark.unsealed(url, c.unitName()));
        byte[] pdf = pdfRenderer.render(model, mark);
        Object date = c.fields().get(DocumentFields.DATE);
        Map<String, String> facts = OfdRenderer.facts(c.type().title(), c.number(), c.unitName(),
                date == null ? null : Formats.date(date), url);
        facts.put("内容SM3", c.sm3());
        OfdRenderer.Draft draft = ofdRenderer.render(model, mark, visible, new OfdRenderer.Meta(facts,
                UUID.nameUUIDFromBytes(c.verificationToken().getBytes(StandardCharsets.US_ASCII)), c.issuedOn()));
        byte[] ofd = seal.map(s -> sealer.seal(draft.ofd(), s.eseal(), s.key().get(), visible ? draft.stamp() : null,
                settings.seal().sizeMm())).orElse(draft.ofd());
        return new Files(pdf, ofd);
    }

    /** The document's content as stored (in the caller's transaction), or empty when it is not visible there. */
    Optional<Stored> stored(long id) {
        return jdbc.sql(CONTENT).param("id", id).query(this::mapStored).optional();
    }

    /**
     * Renders the oldest due queued document that no other worker holds and stores its files, in one transaction that
     * keeps the queue row locked while rendering. Returns false when there was nothing to take.
     */
    public boolean renderNext() {
        Long[] taken = new Long[1];
        try {
            return Boolean.TRUE.equals(ownTx.execute(status -> {
                Long id = jdbc.sql("""
                        select document_id from document_render_queue where not_before <= :now
                        order by not_before, document_id limit 1 for update skip locked
                        """).param("now", OffsetDateTime.now(clock)).query(Long.class).optional().orElse(null);
                if (id == null) {
                    return false;
                }
                taken[0] = id;
                renderLocked(id);
                return true;
            }));
        } catch (RuntimeException e) {
            if (taken[0] == null) {
                throw e;
            }
            failed(taken[0], e);
            return true;
        }
    }

    /**
     * Makes sure the document's files are stored: renders them now when no worker has yet, or waits for the worker
     * (or the other reader) that is rendering them. Concurrent readers in this instance share one rendering.
     *
     * @return false when the document is not visible outside the caller's transaction (issued in it, not committed)
     */
    public boolean ensureRendered(long id) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            join(running);
            return true;
        }
        try {
            boolean visible = Boolean.TRUE.equals(ownTx.execute(status -> {
                jdbc.sql("select document_id from document_render_queue where document_id = :id for update")
                        .param("id", id).query(Long.class).optional();
                Optional<Stored> s = stored(id);
                if (s.isEmpty()) {
                    return false;
                }
                if (!s.get().rendered()) {
                    renderLocked(id);
                }
                return true;
            }));
            mine.complete(null);
            return visible;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    private static void join(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Renders and stores the files of a document whose queue row the caller holds (or that has none). */
    private void renderLocked(long id) {
        Stored s = stored(id).orElseThrow(() -> new IllegalStateException("文书不存在：" + id));
        if (s.rendered()) {
            jdbc.sql("delete from document_render_queue where document_id = :id").param("id", id).update();
            return;
        }
        if (!s.content().sm3().equals(s.sm3Content())) {
            throw new IllegalStateException("文书 " + id + " 的内容与出具时固定的 SM3 指纹不符，拒绝生成版式文件");
        }
        Optional<UnitSeal> seal = s.sealId() == null ? Optional.empty() : seals.version(s.sealId());
        if (s.sealId() != null && seal.map(x -> x.eseal() == null).orElse(true)) {
            throw new IllegalStateException("文书 " + id + " 出具时确定的电子印章（" + s.sealId() + "）不可用");
        }
        Files f = render(s.content(), seal);
        String sm3Pdf = Sm3.hex(f.pdf());
        String sm3Ofd = Sm3.hex(f.ofd());
        int updated = jdbc.sql("""
                update enforcement_document set pdf = :pdf, sm3_pdf = :sm3Pdf, ofd = :ofd, sm3_ofd = :sm3Ofd,
                    rendered_at = :now
                where id = :id and pdf is null
                """).param("pdf", f.pdf()).param("sm3Pdf", sm3Pdf).param("ofd", f.ofd()).param("sm3Ofd", sm3Ofd)
                .param("now", OffsetDateTime.now(clock)).param("id", id).update();
        jdbc.sql("delete from document_render_queue where document_id = :id").param("id", id).update();
        if (updated == 1) {
            DocumentContent c = s.content();
            audit.success("DOCUMENT_RENDERED", "DOCUMENT", id, c.type().title()
                    + (c.number() == null ? "" : " " + c.number()) + "（" + c.caseRef() + "）按出具时固定的内容（SM3 "
                    + s.sm3Content() + "）生成：SM3 " + sm3Pdf + "（PDF）、" + sm3Ofd + "（OFD，"
                    + seal.map(x -> "已加盖" + x.sealName()).orElse("未加盖电子签章") + "）");
        }
    }

    private void failed(long id, RuntimeException e) {
        LOG.warn("文书 {} 的版式文件生成失败，{} 后重试：{}", id, renderSettings.retryDelay(), e.toString());
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ownTx.executeWithoutResult(status -> jdbc.sql("""
                update document_render_queue set attempts = attempts + 1, last_error = :error, not_before = :next
                where document_id = :id
                """).param("error", message.length() > 1000 ? message.substring(0, 1000) : message)
                .param("next", OffsetDateTime.now(clock).plus(renderSettings.retryDelay())).param("id", id).update());
    }

    /** Queued documents (pending renderings), for the bench and the tests. */
    public long pending() {
        return jdbc.sql("select count(*) from document_render_queue").query(Long.class).single();
    }

    private Stored mapStored(ResultSet rs, int n) throws SQLException {
        Long sealId = (Long) rs.getObject("seal_id");
        Optional<UnitSeal> seal = sealId == null ? Optional.empty() : seals.version(sealId);
        Map<String, Object> fields = FieldValues.mapPersonal(FieldValues.fromJson(rs.getString("fields")),
                cipher::decrypt);
        DocumentContent c = new DocumentContent(DocumentType.valueOf(rs.getString("type")), rs.getString("case_ref"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("number"), rs.getInt("version"),
                (Long) rs.getObject("supersedes_id"), fields, rs.getString("verification_token"),
                seal.map(UnitSeal::keyId).orElse(null), seal.map(UnitSeal::imageSm3).orElse(null),
                rs.getObject("issued_at", OffsetDateTime.class).atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        return new Stored(rs.getLong("id"), c, sealId, rs.getString("sm3_content"), rs.getBoolean("rendered"));
    }
}
