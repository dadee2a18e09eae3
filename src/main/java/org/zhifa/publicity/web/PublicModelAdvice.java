package org.zhifa.publicity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhifa.publicity.PublicityProperties;

/** What every public page shows in its footer. */
@ControllerAdvice(assignableTypes = {PublicPortalController.class, PublicDecisionController.class,
        PublicComplaintController.class, PartySelfServiceController.class})
class PublicModelAdvice {

    private final PublicityProperties properties;

    PublicModelAdvice(PublicityProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("hotline")
    String hotline() {
        return properties.hotline();
    }
}
