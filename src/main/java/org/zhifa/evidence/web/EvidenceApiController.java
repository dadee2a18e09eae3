package org.zhifa.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.internal.EvidenceCertificate;
import org.zhifa.evidence.internal.EvidenceInput;
import org.zhifa.evidence.internal.EvidenceItem;
import org.zhifa.evidence.internal.EvidenceRecords;
import org.zhifa.evidence.internal.EvidenceService;
import org.zhifa.evidence.internal.ProofService;
import org.zhifa.evidence.internal.StatedDigest;
import org.zhifa.evidence.internal.StoredCopies;
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

    static final String CHUNK_SM3 = "X-Chunk-SM3";
    static final String CHUNK_SHA256 = "X-Chunk-SHA256";
    static final String FILE_SM3 = "X-File-SM3";
    static final String FILE_SHA256 = "X-File-SHA256";

    private final EvidenceService evidence;
    private final UploadSessions uploads;
    private final ContentStore store;
    private final StoredCopies copies;
    private final ProofService proofs;
    private final EvidenceCertificate certificates;
    private final AuditTrail audit;

    EvidenceApiController(EvidenceService evidence, UploadSessions uploads, ContentStore store, StoredCopies copies,
            ProofService proofs, EvidenceCertificate certificates, AuditTrail audit) {
        this.evidence = evidence;
        this.uploads = uploads;
        this.store = store;
        this.copies = copies;
        this.proofs = proofs;
        this.certificates = certificates;
        this.audit = audit;
    }

    /**
     * One page of items the user may see; {@code hidden} counts the items linked to the requested case (or other
     * record) that belong to units outside the user's data scope — shown as "N 件不可见", never left out silently.
     */
    record EvidenceList(List<Map<String, Object>> items, long total, int page, int size, long hidden) {
    }

    @GetMapping
    @Operation(summary = "证据列表", description = "按关联对象（targetType、targetId）查询时，hidden 为关联到该对象但不在您数据范围内的证据件数")
    EvidenceList list(@RequestParam(required = false) String q,
            @RequestParam(required = false) EvidenceKind kind,
            @RequestParam(required = false) EvidenceTargetType targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(defaultValue = "false") boolean currentOnly,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Actor actor = CurrentActor.require();
        EvidenceRecords.Filter filter = new EvidenceRecords.Filter(q, kind, targetType, targetId, currentOnly);
        PageResult<EvidenceItem> r = evidence.search(filter, actor, page, size);
        return new EvidenceList(r.items().stream().map(i -> EvidenceJson.item(i, null)).toList(), r.total(),
                r.page(), r.size(), evidence.hiddenCount(filter, actor));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        EvidenceItem item = evidence.require(id, CurrentActor.require());
        return EvidenceJson.item(item, evidence.links(id));
    }

    /** Small files in one multipart request (up to the multipart limit); large files use /uploads. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(summary = "登记证据（小文件，multipart）",
            description = "可选字段 sm3、sha256：客户端计算的整个文件摘要（64 位十六进制）；与收到的内容不符时答复 400，文件不保存")
    ResponseEntity<Map<String, Object>> createMultipart(EvidenceForm form,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @Parameter(description = "文件的 SM3（可选）") @RequestParam(value = "sm3", required = false) String sm3,
            @Parameter(description = "文件的 SHA-256（可选）") @RequestParam(value = "sha256", required = false) String sha256)
            throws IOException {
        Actor actor = CurrentActor.require();
        EvidenceService.StoredFile stored = null;
        if (file != null && !file.isEmpty()) {
            StatedDigest stated = StatedDigest.of(sm3, sha256, "sm3", "sha256");
            evidence.check(form.toInput(), actor);
            ContentDigest digest;
            try (InputStream in = file.getInputStream()) {
                digest = copies.put(in, stated);
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
    record SupersedeRequest(@NotNull @Schema(description = "更正后的证据信息") EvidenceInput evidence,
            @Schema(description = "更正理由") String reason, @Schema(description = "新上传的会话编号") UUID uploadId) {
    }

    @PostMapping("/{id}/supersede")
    @PreAuthorize(WRITERS)
    ResponseEntity<Map<String, Object>> supersede(@PathVariable long id, @Valid @RequestBody SupersedeRequest body)
            throws IOException {
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

    /**
     * The file, whole or one byte range. Every read is audited — each range a player fetches, each download — and so
     * is every refused attempt (outside the data scope, no file, a range outside the file; a role without access is
     * audited by {@link EvidenceProblemAdvice}).
     */
    @GetMapping("/{id}/content")
    @Operation(summary = "证据文件内容", description = "支持单个 Range 请求（206）；每次读取（含每个分段、下载）及每次被拒绝的尝试均记入审计日志")
    void content(@PathVariable long id, @RequestHeader(value = "Range", required = false) String range,
            @RequestParam(defaultValue = "false") boolean download, HttpServletResponse response) throws IOException {
        String how = download ? "下载" : "查看";
        EvidenceItem item;
        try {
            item = evidence.require(id, CurrentActor.require());
        } catch (NotFoundException e) {
            audit.refused("EVIDENCE_CONTENT_REFUSED", "EVIDENCE", id, how + "证据文件被拒绝：证据不存在或不在数据范围内");
            throw e;
        }
        if (!item.hasFile()) {
            audit.refused("EVIDENCE_CONTENT_REFUSED", "EVIDENCE", id, how + "证据文件被拒绝：该证据没有文件");
            throw new NotFoundException("该证据没有文件");
        }
        ContentResponder.Plan plan = ContentResponder.plan(range, store.size(item.contentSm3()));
        if (plan.unsatisfiable()) {
            audit.refused("EVIDENCE_CONTENT_REFUSED", "EVIDENCE", id, how + "证据文件「" + item.title() + "」被拒绝："
                    + plan.describe());
        } else {
            audit.success(download ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_VIEWED", "EVIDENCE", id,
                    how + "证据文件「" + item.title() + "」，" + plan.describe());
        }
        ContentResponder.send(store, item, plan, download, response);
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

    /**
     * Opening an upload: file name, media type and total size in bytes; optionally the SM3 and/or SHA-256 of the
     * whole file (64 hex digits), checked when the upload completes.
     */
    record OpenUpload(String fileName, String mediaType, Long size,
            @Schema(description = "整个文件的 SM3（可选，64 位十六进制），完成上传时核对") String sm3,
            @Schema(description = "整个文件的 SHA-256（可选）") String sha256) {
    }

    @PostMapping("/uploads")
    @PreAuthorize(WRITERS)
    @Operation(summary = "开始分片上传", description = "可在 sm3、sha256 字段声明整个文件的摘要，完成时与收到的内容核对")
    ResponseEntity<UploadSessions.Upload> openUpload(@RequestBody OpenUpload body) {
        StatedDigest whole = StatedDigest.of(body.sm3(), body.sha256(), "sm3", "sha256");
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(uploads.open(body.fileName(), body.mediaType(), body.size(), whole, CurrentActor.require()));
    }

    @GetMapping("/uploads/{id}")
    @PreAuthorize(WRITERS)
    UploadSessions.Upload uploadStatus(@PathVariable UUID id) {
        return uploads.find(id, CurrentActor.require());
    }

    /**
     * Raw bytes (application/octet-stream) appended at {@code offset}, which must be the bytes received so far. With
     * {@value #CHUNK_SM3} and/or {@value #CHUNK_SHA256} the chunk is checked; different bytes are refused (400) and
     * the upload stays at {@code offset}.
     */
    @PutMapping("/uploads/{id}/chunks")
    @PreAuthorize(WRITERS)
    @Operation(summary = "上传一个分片", description = "请求体为原始字节，offset 须等于服务器已确认收到的字节数；"
            + "可用请求头 X-Chunk-SM3、X-Chunk-SHA256 声明本分片的摘要，不符时答复 400（problem+json，received 为已确认字节数），该分片不保存，上传会话保持可续传")
    UploadSessions.Upload chunk(@PathVariable UUID id, @RequestParam long offset,
            @Parameter(in = ParameterIn.HEADER, description = "本分片的 SM3（可选，64 位十六进制）")
            @RequestHeader(value = CHUNK_SM3, required = false) String sm3,
            @Parameter(in = ParameterIn.HEADER, description = "本分片的 SHA-256（可选，64 位十六进制）")
            @RequestHeader(value = CHUNK_SHA256, required = false) String sha256,
            HttpServletRequest request) throws IOException {
        StatedDigest stated = StatedDigest.of(sm3, sha256, CHUNK_SM3, CHUNK_SHA256);
        try (InputStream body = request.getInputStream()) {
            return uploads.appendChunk(id, offset, body, stated, CurrentActor.require());
        }
    }

    /** The owner takes back an upload whose writer died, without waiting for its lease (refused while one writes). */
    @PostMapping("/uploads/{id}/reclaim")
    @PreAuthorize(WRITERS)
    @Operation(summary = "收回写入方已中断的上传会话",
            description = "写入分片的进程中断后会话仍显示“写入中”；上传者本人可立即收回并从 received 续传。仍有写入在进行时答复 409")
    UploadSessions.Upload reclaim(@PathVariable UUID id) throws IOException {
        return uploads.reclaim(id, CurrentActor.require());
    }

    @PostMapping("/uploads/{id}/complete")
    @PreAuthorize(WRITERS)
    @Operation(summary = "完成分片上传并登记证据",
            description = "可用请求头 X-File-SM3、X-File-SHA256 声明整个文件的摘要（亦可在开始上传时声明）；"
                    + "不符时答复 400，已收到的内容被清除，同一会话从第 0 字节重新上传")
    ResponseEntity<Map<String, Object>> complete(@PathVariable UUID id, @RequestBody EvidenceInput input,
            @Parameter(in = ParameterIn.HEADER, description = "整个文件的 SM3（可选）")
            @RequestHeader(value = FILE_SM3, required = false) String sm3,
            @Parameter(in = ParameterIn.HEADER, description = "整个文件的 SHA-256（可选）")
            @RequestHeader(value = FILE_SHA256, required = false) String sha256) throws IOException {
        StatedDigest stated = StatedDigest.of(sm3, sha256, FILE_SM3, FILE_SHA256);
        EvidenceItem item = uploads.complete(id, stated, input, CurrentActor.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(EvidenceJson.item(item, evidence.links(item.id())));
    }

    /** Request body of a repair: a completed-bytes upload carrying the item's file again. */
    record RepairRequest(@NotNull @Schema(description = "已传完的上传会话编号") UUID uploadId) {
    }

    @PostMapping("/{id}/repair")
    @PreAuthorize(WRITERS)
    @Operation(summary = "重新上传原文件以修复存储副本",
            description = "uploadId 为已传完的分片上传会话；内容须与该证据记载的 SM3、SHA-256 和大小一致（否则 400）。"
                    + "存储中的副本损坏或缺失时予以修复并产生完整性告警；副本完好时不作改动。不登记新证据")
    Map<String, Object> repair(@PathVariable long id, @Valid @RequestBody RepairRequest body) throws IOException {
        UploadSessions.Repair r = uploads.completeAsRepair(body.uploadId(), id, CurrentActor.require());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("evidenceId", r.evidenceId());
        m.put("outcome", r.outcome().name());
        m.put("message", switch (r.outcome()) {
            case REPAIRED -> "存储中的文件已损坏，已用核对一致的内容修复，并已告警";
            case RESTORED -> "存储中缺失的文件已恢复，并已告警";
            default -> "存储中的文件完好，无需修复";
        });
        return m;
    }

    static Map<String, Object> problemWithUpload(UploadSessions.Upload u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", u.received());
        m.put("declaredSize", u.declaredSize());
        return m;
    }
}
