package org.zhifa.evidence.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.log.ProofBundle;

/** The published SM2 public key of the evidence log and its latest signed head, for anyone, without login. */
@Controller
class PublicLogKeyController {

    private final TransparencyLog log;

    PublicLogKeyController(TransparencyLog log) {
        this.log = log;
    }

    @GetMapping("/public/evidence/log-key")
    String page(Model model) {
        model.addAttribute("publicKey", log.key().publicPem());
        model.addAttribute("keyId", log.key().keyId());
        model.addAttribute("head", ProofBundle.Head.of(log.latestHead()));
        return "evidence/log-key";
    }
}
