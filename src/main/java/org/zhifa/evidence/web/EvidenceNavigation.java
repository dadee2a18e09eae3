package org.zhifa.evidence.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Navigation links of the evidence module. */
@Configuration(proxyBeanMethods = false)
class EvidenceNavigation {

    private static final Set<String> READERS = Set.of("OFFICER", "UNIT_HEAD", "LEGAL_REVIEWER", "SUPERVISOR");

    @Bean
    NavItem evidenceListNavItem() {
        return new NavItem("证据管理", "证据列表", "/evidence", 10, READERS);
    }

    @Bean
    NavItem evidenceUploadNavItem() {
        return new NavItem("证据管理", "上传证据", "/evidence/new", 20, Set.of("OFFICER", "UNIT_HEAD"));
    }

    @Bean
    NavItem evidenceLogKeyNavItem() {
        return new NavItem("证据管理", "日志公钥与树头", "/public/evidence/log-key", 30, READERS);
    }

    @Bean
    NavItem evidenceIntegrityNavItem() {
        return new NavItem("审计", "证据完整性告警", "/admin/evidence-integrity", 40,
                Set.of("SECURITY_ADMIN", "AUDIT_ADMIN"));
    }
}
