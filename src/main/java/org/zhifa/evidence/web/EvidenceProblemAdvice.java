package org.zhifa.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhifa.audit.AuditTrail;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.internal.UploadSessions;

/**
 * Evidence answers that carry more than a message: a chunk at the wrong offset (409) and bytes that differ from their
 * stated digest (400) say how many bytes the server holds, so the client resumes from there; a tree size without a
 * stored head (404) names the stored sizes on either side. A role without access to evidence is refused (403) and
 * audited: every refused attempt to read evidence leaves a record.
 */
@RestControllerAdvice(assignableTypes = {EvidenceApiController.class, EvidenceLogController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblemAdvice {

    private final AuditTrail audit;

    EvidenceProblemAdvice(AuditTrail audit) {
        this.audit = audit;
    }

    @ExceptionHandler(UploadSessions.OffsetMismatchException.class)
    ResponseEntity<ProblemDetail> offset(UploadSessions.OffsetMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("续传位置不符");
        EvidenceApiController.problemWithUpload(e.upload()).forEach(p::setProperty);
        return problem(HttpStatus.CONFLICT, p);
    }

    @ExceptionHandler(UploadSessions.DigestMismatchException.class)
    ResponseEntity<ProblemDetail> digest(UploadSessions.DigestMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("内容与声明的摘要不符");
        p.setProperty("fields", e.fieldErrors());
        EvidenceApiController.problemWithUpload(e.upload()).forEach(p::setProperty);
        return problem(HttpStatus.BAD_REQUEST, p);
    }

    @ExceptionHandler(TransparencyLog.HeadNotStoredException.class)
    ResponseEntity<ProblemDetail> head(TransparencyLog.HeadNotStoredException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("没有该大小的已签名树头");
        p.setProperty("treeSize", e.size());
        p.setProperty("availableBefore", e.before());
        p.setProperty("availableAfter", e.after());
        return problem(HttpStatus.NOT_FOUND, p);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        audit.refused("EVIDENCE_ACCESS_REFUSED", "EVIDENCE", request.getRequestURI(),
                "无权访问证据：" + request.getMethod() + " " + request.getRequestURI());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "您的角色无权访问该功能");
        p.setTitle("无权执行此操作");
        return problem(HttpStatus.FORBIDDEN, p);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemDetail p) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
