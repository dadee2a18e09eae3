package org.zhifa.evidence.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.CurrentActor;
import org.zhifa.evidence.internal.ItemVerification;

/**
 * 立即核验: one item checked now (its file re-digested, its log entries proven), by anyone who may read it; the page it
 * came from (a case page, the evidence page) shows the outcome.
 */
@Controller
@PreAuthorize(EvidenceApiController.READERS)
class ItemVerificationController {

    private final ItemVerification verification;

    ItemVerificationController(ItemVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/evidence/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        var outcome = verification.verify(id, CurrentActor.require());
        String when = ChinaTime.dateTimeSeconds(outcome.checkedAt());
        if (outcome.intact()) {
            redirect.addFlashAttribute("message", "证据 " + id + " 核验完整（" + when + "）");
        } else {
            redirect.addFlashAttribute("error", "证据 " + id + " 已篡改（" + when + " 核验）：" + String.join("；",
                    outcome.findings().stream().map(f -> f.detail()).toList()));
        }
        return "redirect:" + local(back, "/evidence/" + id);
    }

    /** Only a path of this application (never another site: //host or a scheme). */
    static String local(String back, String fallback) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return fallback;
        }
        return back;
    }
}
