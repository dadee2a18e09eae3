package org.zhifa.evidence.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.log.ProofBundle;

/**
 * The published SM2 public keys of the evidence log, its latest signed head, and the latest head its witnesses
 * cosigned, for anyone, without login.
 */
@Controller
class PublicLogKeyController {

    private final TransparencyLog log;
    private final org.zhifa.evidence.internal.WitnessedHeads witnessed;

    PublicLogKeyController(TransparencyLog log, org.zhifa.evidence.internal.WitnessedHeads witnessed) {
        this.log = log;
        this.witnessed = witnessed;
    }

    @GetMapping("/public/evidence/log-key")
    String page(Model model) {
        model.addAttribute("publicKey", log.keys().active().publicPem());
        model.addAttribute("keyId", log.keys().active().keyId());
        java.util.List<org.zhifa.evidence.internal.LogKeys.KeyRecord> keys = new java.util.ArrayList<>(log.keys().all());
        java.util.Collections.reverse(keys);
        model.addAttribute("keys", keys);
        model.addAttribute("head", ProofBundle.Head.of(log.latestHead()));
        // the latest head the witnesses' quorum cosigned: what a rewritten log can no longer match
        model.addAttribute("witnessed", witnessed.latest().map(witnessed::describe).orElse(null));
        model.addAttribute("witnesses", witnessed.witnesses());
        return "evidence/log-key";
    }
}
