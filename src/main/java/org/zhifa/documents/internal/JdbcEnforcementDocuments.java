package org.zhifa.documents.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentNumbers;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/**
 * Issues, stores and serves documents in table enforcement_document. Issuing stores the content and its SM3 and
 * queues the rendering (DocumentRendering); the row's content is never updated, its files are written once.
 */
@Service
@Transactional
class JdbcEnforcementDocuments implements EnforcementDocuments {

    private static final String COLUMNS = """
            d.id, d.case_ref, d.type, d.unit_id, d.unit_name, d.number, d.numbered, d.version, d.supersedes_id,
            d.fields::text as fields, d.sm3_pdf, d.sm3_fields, d.issued_by, d.issued_by_name, d.issued_at,
            d.correction_reason, d.sm3_ofd, d.verification_token, s.key_id as seal_key_id, s.seal_name,
            d.sm3_content,
            not exists (select 1 from enforcement_document c where c.supersedes_id = d.id) as current
            """;
    private static final String FROM = " from enforcement_document d left join document_seal s on s.id = d.seal_id ";
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final DocumentNumbers numbers;
    private final OrgUnits units;
    private final DocxRenderer docxRenderer;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final DocumentsProperties settings;
    private final Clock clock;
    private final SealStore seals;
    private final DocumentRendering rendering;
    private final RenderWorkers workers;
    private final SecureRandom random = new SecureRandom();

    JdbcEnforcementDocuments(JdbcClient jdbc, DocumentNumbers numbers, OrgUnits units, DocxRenderer docxRenderer,
            PersonalDataCipher cipher, AuditTrail audit, DocumentsProperties settings, Clock clock, SealStore seals,
            DocumentRendering rendering, RenderWorkers workers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.units = units;
        this.docxRenderer = docxRenderer;
        this.cipher = cipher;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.seals = seals;
        this.rendering = rendering;
        this.workers = workers;
    }

    @Override
    public IssuedDocument issue(DocumentRequest request) {
        DocumentType type = request.type();
        Map<String, Object> fields = FieldValues.normalize(request.fields());
        DocumentValidation.check(type, fields);
        if (request.caseRef().isBlank()) {
            throw new InvalidInputException("文书所属案件不能为空", Map.of("caseRef", "文书所属案件不能为空"));
        }
        String unitName = request.unitName();
        String shortName = request.unitShortName();
        if (unitName == null || (shortName == null && type.numbered() && request.number() == null)) {
            OrgUnitView unit = units.require(request.unitId());
            unitName = unitName == null ? unit.name() : unitName;
            shortName = shortName == null ? unit.shortName() : shortName;
        }
        String number = request.number();
        boolean ownNumber = type.numbered();
        if (number == null && type.numbered()) {
            number = numbers.next(request.unitId(), shortName, type, year(fields));
        }
        long id = store(request.caseRef(), type, request.unitId(), unitName, number, ownNumber, 1, null, fields, null);
        IssuedDocument issued = require(id);
        audit.success("DOCUMENT_ISSUED", "DOCUMENT", id, type.title() + (number == null ? "" : " " + number)
                + "（" + request.caseRef() + "），" + fingerprints(issued));
        workers.wakeAfterCommit();
        return issued;
    }

    @Override
    public IssuedDocument correct(long documentId, Map<String, Object> newFields, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("更正文书须说明理由", Map.of("reason", "更正理由不能为空"));
        }
        IssuedDocument old = require(documentId);
        if (!old.current()) {
            throw new InvalidInputException("该文书已被更正，只能更正最新版本", Map.of("documentId", "只能更正最新版本"));
        }
        Map<String, Object> fields = FieldValues.normalize(newFields);
        DocumentValidation.check(old.type(), fields);
        boolean ownNumber = old.type().numbered();
        long id;
        try {
            id = store(old.caseRef(), old.type(), old.unitId(), old.unitName(), old.number(), ownNumber,
                    old.version() + 1, old.id(), fields, reason.strip());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("文书已被他人更正", e);
        }
        IssuedDocument issued = require(id);
        audit.success("DOCUMENT_CORRECTED", "DOCUMENT", id, old.type().title() + (old.number() == null ? "" : " "
                + old.number()) + " 第" + issued.version() + "版更正第" + old.version() + "版（" + old.id() + "），理由："
                + reason.strip() + "，" + fingerprints(issued));
        workers.wakeAfterCommit();
        return issued;
    }

    @Override
    @Transactional(readOnly = true)
    public void validate(DocumentType type, Map<String, Object> fields) {
        DocumentValidation.check(type, FieldValues.normalize(fields));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(long documentId) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.id = :id")
                .param("id", documentId).query(this::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocument> list(String caseRef) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.case_ref = :ref order by d.id")
                .param("ref", caseRef).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> findByVerificationToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where d.verification_token = :token")
                .param("token", token).query(this::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocument> findByFingerprint(String sm3) {
        if (sm3 == null || !sm3.matches("[0-9a-f]{64}")) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where d.sm3_pdf = :sm3 or d.sm3_ofd = :sm3 order by d.id")
                .param("sm3", sm3).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(long documentId) {
        return files(documentId).pdf();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] ofd(long documentId) {
        byte[] ofd = files(documentId).ofd();
        if (ofd == null) {
            throw new NotFoundException("该文书出具时尚未生成 OFD 版式文件，请下载 PDF");
        }
        return ofd;
    }

    @Override
    @Transactional(readOnly = true)
    public IssuedDocument rendered(long documentId) {
        IssuedDocument d = require(documentId);
        if (d.rendered()) {
            return d;
        }
        return rendering.ensureRendered(documentId) ? require(documentId) : d;
    }

    /**
     * The stored files; a document not rendered yet is rendered now from its stored content (or the worker rendering
     * it is waited for). One issued in the caller's uncommitted transaction is rendered for this answer only: the
     * queue stores its files after the commit.
     */
    private DocumentRendering.Files files(long documentId) {
        Optional<DocumentRendering.Files> stored = storedFiles(documentId);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (rendering.ensureRendered(documentId)) {
            return storedFiles(documentId).orElseThrow(() -> notFound(documentId));
        }
        DocumentRendering.Stored s = rendering.stored(documentId).orElseThrow(() -> notFound(documentId));
        return rendering.render(s.content(), s.sealId() == null ? Optional.empty() : seals.version(s.sealId()));
    }

    /** The files when rendered; empty when not yet; NotFound when there is no such document. */
    private Optional<DocumentRendering.Files> storedFiles(long documentId) {
        return jdbc.sql("select pdf, ofd from enforcement_document where id = :id").param("id", documentId)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes("pdf") == null ? null
                        : new DocumentRendering.Files(rs.getBytes("pdf"), rs.getBytes("ofd"))))
                .optional().orElseThrow(() -> notFound(documentId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] docx(long documentId) {
        IssuedDocument d = require(documentId);
        if (!d.type().editable()) {
            throw new InvalidInputException(d.type().title() + "不提供可编辑的 Word 版本，请下载 PDF");
        }
        return docxRenderer.render(model(d.type(), d.unitName(), d.number(), d.fields()));
    }

    private long store(String caseRef, DocumentType type, long unitId, String unitName, String number,
            boolean numbered, int version, Long supersedes, Map<String, Object> fields, String reason) {
        OffsetDateTime issuedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN.encodeToString(secret);
        Optional<UnitSeal> seal = seals.currentVersion(unitId).filter(s -> s.usableAt(issuedAt.toInstant()));
        // the content as it will be read back (JSON round trip), so that the check before rendering compares like
        Map<String, Object> content = FieldValues.fromJson(FieldValues.canonicalJson(fields));
        DocumentContent c = new DocumentContent(type, caseRef, unitId, unitName, number, version, supersedes, content,
                token, seal.map(UnitSeal::keyId).orElse(null), seal.map(UnitSeal::imageSm3).orElse(null),
                issuedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate());
        String stored = FieldValues.canonicalJson(FieldValues.mapPersonal(fields, cipher::encrypt));
        Optional<Actor> actor = CurrentActor.get();
        long id = jdbc.sql("""
                insert into enforcement_document (case_ref, type, unit_id, unit_name, number, numbered, version,
                    supersedes_id, fields, sm3_fields, issued_by, issued_by_name, correction_reason,
                    verification_token, seal_id, issued_at, sm3_content)
                values (:ref, :type, :unit, :unitName, :number, :numbered, :version, :supersedes, cast(:fields as jsonb),
                    :sm3Fields, :by, :byName, :reason, :token, :seal, :issuedAt, :sm3Content)
                returning id
                """)
                .param("ref", caseRef).param("type", type.name()).param("unit", unitId).param("unitName", unitName)
                .param("number", number).param("numbered", numbered).param("version", version)
                .param("supersedes", supersedes).param("fields", stored)
                .param("sm3Fields", Sm3.hex(FieldValues.canonicalJson(fields)))
                .param("by", actor.map(Actor::userId).orElse(null))
                .param("byName", actor.map(Actor::displayName).orElse(null)).param("reason", reason)
                .param("token", token).param("seal", seal.map(UnitSeal::id).orElse(null))
                .param("issuedAt", issuedAt).param("sm3Content", c.sm3())
                .query(Long.class).single();
        jdbc.sql("insert into document_render_queue (document_id, queued_at, not_before) values (:id, :at, :at)")
                .param("id", id).param("at", issuedAt).update();
        return id;
    }

    private static String fingerprints(IssuedDocument d) {
        return "内容 SM3 " + d.sm3Content() + "，PDF 与 OFD 随后按此内容生成（OFD " + (d.sealed() ? "加盖" + d.sealName()
                : "不加盖电子签章") + "）";
    }

    private DocumentModel model(DocumentType type, String unitName, String number, Map<String, Object> fields) {
        return Layouts.build(new LayoutInput(type, unitName, number, fields, settings));
    }

    private IssuedDocument require(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("文书不存在：" + id);
    }

    /** The numbering year: the document's date, or today in China time. */
    private int year(Map<String, Object> fields) {
        Object date = fields.get(DocumentFields.DATE);
        if (date instanceof String s && s.length() >= 10) {
            return LocalDate.parse(s.substring(0, 10)).getYear();
        }
        return LocalDate.now(clock).getYear();
    }

    private IssuedDocument map(ResultSet rs, int n) throws SQLException {
        Map<String, Object> fields = java.util.Collections.unmodifiableMap(
                FieldValues.mapPersonal(FieldValues.fromJson(rs.getString("fields")), cipher::decrypt));
        return new IssuedDocument(rs.getLong("id"), rs.getString("case_ref"), DocumentType.valueOf(rs.getString("type")),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("number"), rs.getInt("version"),
                (Long) rs.getObject("supersedes_id"), rs.getBoolean("current"), fields, rs.getString("sm3_pdf"),
                rs.getString("sm3_fields"), (Long) rs.getObject("issued_by"), rs.getString("issued_by_name"),
                rs.getObject("issued_at", OffsetDateTime.class), rs.getString("correction_reason"),
                rs.getString("sm3_ofd"), rs.getString("verification_token"), rs.getString("seal_key_id"),
                rs.getString("seal_name"), rs.getString("sm3_content"));
    }
}
