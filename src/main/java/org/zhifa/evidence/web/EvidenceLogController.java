package org.zhifa.evidence.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * The log's public face: the latest signed tree head, consistency proofs between sizes and the SM2 public key.
 * They reveal no evidence content, so they are also served without login under {@code /api/public/evidence/log}
 * for anyone who keeps and compares tree heads (a court, a supervising authority).
 */
@RestController
class EvidenceLogController {

    private final TransparencyLog log;

    EvidenceLogController(TransparencyLog log) {
        this.log = log;
    }

    @GetMapping({"/api/evidence/log/head", "/api/public/evidence/log/head"})
    Map<String, Object> head() {
        TreeHead h = log.latestHead();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treeHead", ProofBundle.Head.of(h));
        m.put("keyId", log.key().keyId());
        return m;
    }

    @GetMapping({"/api/evidence/log/consistency", "/api/public/evidence/log/consistency"})
    Map<String, Object> consistency(@RequestParam long from, @RequestParam long to) {
        TreeHead latest = log.latestHead();
        if (from < 0 || from > to || to > latest.treeSize()) {
            throw new InvalidInputException("须满足 0 ≤ from ≤ to ≤ " + latest.treeSize(),
                    Map.of("from", "取值范围有误", "to", "取值范围有误"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("fromHead", ProofBundle.Head.of(log.headFor(from)));
        m.put("toHead", ProofBundle.Head.of(log.headFor(to)));
        m.put("proof", log.consistencyProof(from, to).stream().map(java.util.HexFormat.of()::formatHex).toList());
        return m;
    }

    @GetMapping({"/api/evidence/log/public-key", "/api/public/evidence/log/public-key"})
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(log.key().publicPem());
    }
}
