package org.zhifa.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.internal.EvidenceCertificate;
import org.zhifa.evidence.internal.EvidenceInput;
import org.zhifa.evidence.internal.EvidenceItem;
import org.zhifa.evidence.internal.EvidenceRecords;
import org.zhifa.evidence.internal.EvidenceService;
import org.zhifa.evidence.internal.ProofService;
import org.zhifa.evidence.internal.UploadSessions;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.store.ContentDigest;
import org.zhifa.evidence.store.ContentStore;

/**
 * Evidence API: list, register (small files as multipart, large ones through resumable chunked uploads), links,
 * correction by supersession, playback with range requests, proofs and certificates. Reads apply the data scope.
 */
@RestController
@RequestMapping("/api/evidence")
@PreAuthorize(EvidenceApiController.READERS)
class EvidenceApiController {

    static final String READERS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')";
    static final String WRITERS = "hasAnyRole('OFFICER', 'UNIT_HEAD')";

    private final EvidenceService evidence;
    private final UploadSessions uploads;
    private final ContentStore store;
    private final ProofService proofs;
    private final EvidenceCertificate certificates;
    private final AuditTrail audit;

    EvidenceApiController(EvidenceService evidence, UploadSessions uploads, ContentStore store, ProofService proofs,
            EvidenceCertificate certificates, AuditTrail audit) {
        this.evidence = evidence;
        this.uploads = uploads;
        this.store = store;
        this.proofs = proofs;
        this.certificates = certificates;
        this.audit = audit;
    }

    @GetMapping
    PageResult<Map<String, Object>> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) EvidenceKind kind,
            @RequestParam(required = false) EvidenceTargetType targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "false") boolean currentOnly,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageResult<EvidenceItem> r = evidence.search(new EvidenceRecords.Filter(q, kind, targetType, targetId,
                currentOnly), CurrentActor.require(), page, size);
        return new PageResult<>(r.items().stream().map(i -> EvidenceJson.item(i, null)).toList(), r.total(),
                r.page(), r.size());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        return EvidenceJson.item(item, evidence.links(id));
    }

    /** Small files in one multipart request (up to the multipart limit); large files use /uploads. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> createMultipart(EvidenceForm form,
            @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        Actor actor = CurrentActor.require();
        EvidenceService.StoredFile stored = null;
        if (file != null && !file.isEmpty()) {
            ContentDigest digest;
            try (InputStream in = file.getInputStream()) {
                digest = store.put(in);
            }
            stored = new EvidenceService.StoredFile(digest, file.getOriginalFilename(), file.getContentType());
        }
        EvidenceItem item = evidence.register(form.toInput(), stored, actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.item(item, evidence.links(item.id())));
    }

    /** Metadata only (e.g. a paper document kept in the case file): JSON body. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> createWithoutFile(@RequestBody EvidenceInput input) {
        EvidenceItem item = evidence.register(input, null, CurrentActor.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.item(item, evidence.links(item.id())));
    }

    /** Request body of a correction: the corrected metadata, the reason, and optionally a completed new upload. */
    record SupersedeRequest(EvidenceInput evidence, String reason, UUID uploadId) {
    }

    @PostMapping("/{id}/supersede")
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> supersede(@PathVariable long id, @RequestBody SupersedeRequest body)
            throws IOException {
        if (body.evidence() == null) {
            throw new InvalidInputException("请提供更正后的证据信息", Map.of("evidence", "必填"));
        }
        Actor actor = CurrentActor.require();
        EvidenceItem created;
        if (body.uploadId() != null) {
            created = uploads.completeAsCorrection(body.uploadId(), id, body.evidence(), body.reason(), actor);
        } else {
            created = evidence.supersede(id, body.evidence(), null, body.reason(), actor);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.item(created, evidence.links(created.id())));
    }

    @PostMapping("/{id}/links")
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> link(@PathVariable long id, @RequestBody EvidenceInput.Target target) {
        var link = evidence.link(id, EvidenceInput.ValidTarget.of(target.targetType(), target.targetId()),
                CurrentActor.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.link(link));
    }

    @GetMapping("/{id}/content")
    void content(@PathVariable long id, @RequestHeader(value = "Range", required = false) String range,
            @RequestParam(defaultValue = "false") boolean download, HttpServletResponse response) throws IOException {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        if (!item.hasFile()) {
            throw new org.zhifa.common.NotFoundException("该证据没有文件");
        }
        if (ContentResponder.requestedStart(range) == 0) {
            // A player fetches many ranges per viewing; one record per opening (the request from byte 0).
            audit.success(download ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_VIEWED", "EVIDENCE", id,
                    (download ? "下载" : "查看") + "证据文件「" + item.title() + "」");
        }
        ContentResponder.send(store, item, range, download, response);
    }

    @GetMapping("/{id}/proof")
    ProofBundle proof(@PathVariable long id, @RequestParam(required = false) Long treeSize) {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        ProofBundle bundle = proofs.proof(item, treeSize);
        audit.success("EVIDENCE_PROOF_ISSUED", "EVIDENCE", id, "出具证据包含证明，树大小 " + bundle.treeHead().treeSize());
        return bundle;
    }

    @GetMapping("/{id}/certificate")
    void certificate(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        byte[] pdf = certificates.render(item);
        audit.success("EVIDENCE_CERTIFICATE_ISSUED", "EVIDENCE", id, "出具证据存证证明（PDF）");
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename("证据存证证明-" + id + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    // ---- chunked, resumable uploads ----

    /** Opening an upload: file name, media type and total size in bytes. */
    record OpenUpload(String fileName, String mediaType, Long size) {
    }

    @PostMapping("/uploads")
    @PreAuthorize(WRITERS)
    ResponseEntity<UploadSessions.Upload> openUpload(@RequestBody OpenUpload body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(uploads.open(body.fileName(), body.mediaType(), body.size(), CurrentActor.require()));
    }

    @GetMapping("/uploads/{id}")
    @PreAuthorize(WRITERS)
    UploadSessions.Upload uploadStatus(@PathVariable UUID id) {
        return uploads.find(id, CurrentActor.require());
    }

    /** Raw bytes (application/octet-stream) appended at {@code offset}, which must be the bytes received so far. */
    @PutMapping("/uploads/{id}/chunks")
    @PreAuthorize(WRITERS)
    UploadSessions.Upload chunk(@PathVariable UUID id, @RequestParam long offset, HttpServletRequest request)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return uploads.appendChunk(id, offset, body, CurrentActor.require());
        }
    }

    @PostMapping("/uploads/{id}/complete")
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> complete(@PathVariable UUID id, @RequestBody EvidenceInput input)
            throws IOException {
        EvidenceItem item = uploads.complete(id, input, CurrentActor.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.item(item, evidence.links(item.id())));
    }

    static Map<String, Object> problemWithUpload(UploadSessions.Upload u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", u.received());
        m.put("declaredSize", u.declaredSize());
        return m;
    }
}
