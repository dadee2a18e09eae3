package org.zhifa.evidence.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhifa.evidence.internal.UploadSessions;

/** A chunk at the wrong offset answers 409 with the confirmed byte count, so the client resumes from there. */
@RestControllerAdvice(assignableTypes = EvidenceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblemAdvice {

    @ExceptionHandler(UploadSessions.OffsetMismatchException.class)
    ResponseEntity<ProblemDetail> offset(UploadSessions.OffsetMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("续传位置不符");
        EvidenceApiController.problemWithUpload(e.upload()).forEach(p::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
