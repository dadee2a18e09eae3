package org.zhifa.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhifa.audit.AuditResult;

/** How a completed state-changing request is classified in the audit log. */
class RequestAuditInterceptorTest {

    @Test
    void refusals_are_recorded_as_refused_and_errors_as_failures() {
        assertThat(RequestAuditInterceptor.resultOf(200, null)).isEqualTo(AuditResult.SUCCESS);
        assertThat(RequestAuditInterceptor.resultOf(302, null)).isEqualTo(AuditResult.SUCCESS);
        assertThat(RequestAuditInterceptor.resultOf(401, null)).isEqualTo(AuditResult.REFUSED);
        assertThat(RequestAuditInterceptor.resultOf(403, null)).isEqualTo(AuditResult.REFUSED);
        assertThat(RequestAuditInterceptor.resultOf(422, null)).isEqualTo(AuditResult.REFUSED);
        assertThat(RequestAuditInterceptor.resultOf(400, null)).isEqualTo(AuditResult.FAILURE);
        assertThat(RequestAuditInterceptor.resultOf(500, null)).isEqualTo(AuditResult.FAILURE);
        assertThat(RequestAuditInterceptor.resultOf(200, new IllegalStateException())).isEqualTo(AuditResult.FAILURE);
    }

    @Test
    void login_requests_are_left_to_identity_which_records_the_typed_name() {
        assertThat(RequestAuditInterceptor.SKIPPED_PATHS).contains("/api/auth/token", "/login");
    }
}
