package org.zhifa.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
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

/** Issues, stores and serves documents in table enforcement_document (rows are never updated). */
@Service
@Transactional
class JdbcEnforcementDocuments implements EnforcementDocuments {

    private static final String COLUMNS = """
            d.id, d.case_ref, d.type, d.unit_id, d.unit_name, d.number, d.numbered, d.version, d.supersedes_id,
            d.fields::text as fields, d.sm3_pdf, d.sm3_fields, d.issued_by, d.issued_by_name, d.issued_at,
            d.correction_reason,
            not exists (select 1 from enforcement_document c where c.supersedes_id = d.id) as current
            """;

    private final JdbcClient jdbc;
    private final DocumentNumbers numbers;
    private final OrgUnits units;
    private final PdfRenderer pdfRenderer;
    private final DocxRenderer docxRenderer;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final DocumentsProperties settings;
    private final Clock clock;

    JdbcEnforcementDocuments(JdbcClient jdbc, DocumentNumbers numbers, OrgUnits units, PdfRenderer pdfRenderer,
            DocxRenderer docxRenderer, PersonalDataCipher cipher, AuditTrail audit, DocumentsProperties settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.units = units;
        this.pdfRenderer = pdfRenderer;
        this.docxRenderer = docxRenderer;
        this.cipher = cipher;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
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
                + "（" + request.caseRef() + "），SM3 " + issued.sm3Pdf());
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
                + reason.strip() + "，SM3 " + issued.sm3Pdf());
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
        return jdbc.sql("select " + COLUMNS + " from enforcement_document d where d.id = :id")
                .param("id", documentId).query(this::map).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedDocument> list(String caseRef) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_document d where d.case_ref = :ref order by d.id")
                .param("ref", caseRef).query(this::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(long documentId) {
        return jdbc.sql("select pdf from enforcement_document where id = :id").param("id", documentId)
                .query(byte[].class).optional().orElseThrow(() -> notFound(documentId));
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
        byte[] pdf = pdfRenderer.render(model(type, unitName, number, fields));
        String stored = FieldValues.canonicalJson(FieldValues.mapPersonal(fields, cipher::encrypt));
        Optional<Actor> actor = CurrentActor.get();
        return jdbc.sql("""
                insert into enforcement_document (case_ref, type, unit_id, unit_name, number, numbered, version,
                    supersedes_id, fields, pdf, sm3_pdf, sm3_fields, issued_by, issued_by_name, correction_reason)
                values (:ref, :type, :unit, :unitName, :number, :numbered, :version, :supersedes, cast(:fields as jsonb),
                    :pdf, :sm3Pdf, :sm3Fields, :by, :byName, :reason)
                returning id
                """)
                .param("ref", caseRef).param("type", type.name()).param("unit", unitId).param("unitName", unitName)
                .param("number", number).param("numbered", numbered).param("version", version)
                .param("supersedes", supersedes).param("fields", stored).param("pdf", pdf)
                .param("sm3Pdf", Sm3.hex(pdf)).param("sm3Fields", Sm3.hex(FieldValues.canonicalJson(fields)))
                .param("by", actor.map(Actor::userId).orElse(null))
                .param("byName", actor.map(Actor::displayName).orElse(null)).param("reason", reason)
                .query(Long.class).single();
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
                rs.getObject("issued_at", OffsetDateTime.class), rs.getString("correction_reason"));
    }
}
