package org.zhifa.documents.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.common.NavItem;

/** Navigation links of the documents module. */
@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavItem sealAdminNavItem() {
        return new NavItem("系统管理", "电子印章", "/admin/seals", 27, Set.of("SECURITY_ADMIN"));
    }

    @Bean
    NavItem documentCheckNavItem() {
        return new NavItem("公示与监督", "执法文书核验", "/public/documents/verify", 91, Set.of());
    }
}
