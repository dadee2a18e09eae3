package org.zhifa.audit.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.NavItem;

/** Registers request auditing and the audit administrator's navigation link. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final AuditTrail auditTrail;

    AuditWebConfiguration(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestAuditInterceptor(auditTrail));
    }

    @Bean
    NavItem auditLogNavItem() {
        return new NavItem("审计", "审计日志", "/admin/audit", 10, Set.of("AUDIT_ADMIN"));
    }
}
