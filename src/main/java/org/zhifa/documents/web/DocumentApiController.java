package org.zhifa.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.NotFoundException;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.DataScope;

/**
 * Downloads of issued documents. A document belongs to its issuing unit: outside the caller's data scope it
 * answers 404 (existence is not revealed). Every download is audited as DOCUMENT_VIEWED.
 */
@RestController
@RequestMapping("/api/documents")
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
@Tag(name = "执法文书", description = "已出具文书的查询与下载（PDF、加盖电子印章的 OFD、可编辑文书的 Word 版本）")
class DocumentApiController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** GB/T 33190 does not register a media type; readers recognise the .ofd extension. */
    static final MediaType OFD = MediaType.parseMediaType("application/ofd");

    private final EnforcementDocuments documents;
    private final DataScope scope;
    private final AuditTrail audit;

    DocumentApiController(EnforcementDocuments documents, DataScope scope, AuditTrail audit) {
        this.documents = documents;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * A document version without its fields (they carry personal data; read them in the case). {@code sm3Pdf} and
     * {@code sm3Ofd} are null while {@code rendered} is false (the files follow from {@code sm3Content}; the PDF and OFD
     * addresses render them at once).
     */
    record DocumentSummary(long id, String caseRef, DocumentType type, String title, long unitId, String unitName,
            String number, int version, Long supersedesId, boolean current, String sm3Pdf, String sm3Fields,
            String issuedByName, OffsetDateTime issuedAt, String correctionReason, String pdfUrl, String docxUrl,
            String sm3Ofd, String ofdUrl, boolean sealed, String sealKeyId, String verifyUrl, String sm3Content,
            boolean rendered) {

        static DocumentSummary of(IssuedDocument d) {
            return new DocumentSummary(d.id(), d.caseRef(), d.type(), d.title(), d.unitId(), d.unitName(), d.number(),
                    d.version(), d.supersedesId(), d.current(), d.sm3Pdf(), d.sm3Fields(), d.issuedByName(),
                    d.issuedAt(), d.correctionReason(), "/api/documents/" + d.id() + ".pdf",
                    d.hasDocx() ? "/api/documents/" + d.id() + ".docx" : null, d.sm3Ofd(),
                    d.hasOfd() ? "/api/documents/" + d.id() + ".ofd" : null, d.sealed(), d.sealKeyId(),
                    d.verificationToken() == null ? null : "/public/documents/verify/" + d.verificationToken(),
                    d.sm3Content(), d.rendered());
        }
    }

    @GetMapping
    @Operation(summary = "列出案件的文书", description = "按案件引用（如 CASE:123）列出全部文书及其各版本，仅含数据范围内单位出具的文书")
    List<DocumentSummary> list(@RequestParam String caseRef) {
        Set<Long> visible = scope.visibleUnitIds(CurrentActor.require());
        return documents.list(caseRef).stream().filter(d -> visible.contains(d.unitId())).map(DocumentSummary::of)
                .toList();
    }

    @GetMapping("/{id}.pdf")
    @Operation(summary = "下载文书 PDF", description = "返回出具时存储的 PDF 原件（与 SM3 指纹一致）")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        IssuedDocument d = visible(id);
        byte[] bytes = documents.pdf(id);
        audited(d, "PDF");
        return file(bytes, MediaType.APPLICATION_PDF, filename(d, "pdf"));
    }

    @GetMapping("/{id}.ofd")
    @Operation(summary = "下载文书 OFD", description = "返回出具时存储的 OFD 版式文件（GB/T 33190），加盖出具单位的电子印章"
            + "（GB/T 38540）；可用 java -jar zhifa.jar verify-document 离线核验")
    ResponseEntity<byte[]> ofd(@PathVariable long id) {
        IssuedDocument d = visible(id);
        byte[] bytes = documents.ofd(id);
        audited(d, "OFD");
        return file(bytes, OFD, filename(d, "ofd"));
    }

    @GetMapping("/{id}.docx")
    @Operation(summary = "下载可编辑文书的 Word 版本", description = "仅可编辑的文书类型提供；由出具时存储的内容生成")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        IssuedDocument d = visible(id);
        byte[] bytes = documents.docx(id);
        audited(d, "DOCX");
        return file(bytes, DOCX, filename(d, "docx"));
    }

    private IssuedDocument visible(long id) {
        Actor actor = CurrentActor.require();
        IssuedDocument d = documents.find(id).orElseThrow(() -> new NotFoundException("未找到该记录，或不在您的数据范围内"));
        scope.requireVisible(actor, d.unitId());
        return d;
    }

    private void audited(IssuedDocument d, String format) {
        audit.success("DOCUMENT_VIEWED", "DOCUMENT", d.id(), "下载" + d.title() + (d.number() == null ? "" : " "
                + d.number()) + " 第" + d.version() + "版（" + format + "，" + d.caseRef() + "）");
    }

    private static String filename(IssuedDocument d, String extension) {
        String base = d.title() + (d.number() == null ? "-" + d.id() : "-" + d.number())
                + (d.version() > 1 ? "-第" + d.version() + "版" : "");
        return base.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
