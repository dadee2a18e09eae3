package org.zhifa.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.internal.LogKeyRotation;
import org.zhifa.evidence.internal.LogKeys;
import org.zhifa.evidence.internal.TransparencyLog;
import org.zhifa.evidence.internal.WitnessedHeads;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * The log's public face: the latest signed tree head, the stored heads, consistency proofs between stored heads and
 * the SM2 public keys (every key that ever signed a head). They reveal no evidence content, so they are also served
 * without login under {@code /api/public/evidence/log} for anyone who keeps and compares tree heads (a court, a
 * supervising authority). Nothing here signs anything: every head served was stored when the log grew.
 */
@RestController
class EvidenceLogController {

    /** Most heads returned by one request of the head list. */
    private static final int MAX_HEADS = 1000;

    private final TransparencyLog log;
    private final LogKeyRotation rotation;
    private final WitnessedHeads witnessed;

    EvidenceLogController(TransparencyLog log, LogKeyRotation rotation, WitnessedHeads witnessed) {
        this.log = log;
        this.rotation = rotation;
        this.witnessed = witnessed;
    }

    @GetMapping({"/api/evidence/log/head", "/api/public/evidence/log/head"})
    @Operation(summary = "最新签名树头", description = "treeHead.keyId 为签名公钥的标识（SM3）；版本 2 树头的签名字节包含该标识；"
            + "logId 为日志标识（首个日志密钥的标识）；cosignatures 为见证人已对该树头作出的联署，timestamp 为其 RFC 3161 时间戳")
    Map<String, Object> head() {
        return witnessed.describe(log.latestHead());
    }

    @GetMapping({"/api/evidence/log/witnessed-head", "/api/public/evidence/log/witnessed-head"})
    @Operation(summary = "见证人法定数联署的最新树头", description = "未配置见证人或尚无达到法定数的树头时答复 404")
    Map<String, Object> witnessedHead() {
        return witnessed.latest().map(witnessed::describe)
                .orElseThrow(() -> new NotFoundException("尚无达到见证人法定数联署的树头"));
    }

    @GetMapping({"/api/evidence/log/witnesses", "/api/public/evidence/log/witnesses"})
    @Operation(summary = "见证人", description = "本系统请其联署树头的见证人（名称、公钥）与法定数")
    Map<String, Object> witnesses() {
        return witnessed.witnesses();
    }

    @GetMapping({"/api/evidence/log/heads", "/api/public/evidence/log/heads"})
    @Operation(summary = "已存储的签名树头", description = "按树大小升序，从 from 起，至多 limit 个（不超过 1000）")
    Map<String, Object> heads(@RequestParam(defaultValue = "0") long from,
            @RequestParam(defaultValue = "100") int limit) {
        if (from < 0 || limit < 1 || limit > MAX_HEADS) {
            throw new InvalidInputException("须满足 from ≥ 0，1 ≤ limit ≤ " + MAX_HEADS,
                    Map.of("from", "不能为负数", "limit", "取值 1 至 " + MAX_HEADS));
        }
        List<TreeHead> heads = log.heads(from, limit);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("heads", heads.stream().map(ProofBundle.Head::of).toList());
        m.put("next", heads.size() == limit ? heads.get(heads.size() - 1).treeSize() + 1 : null);
        return m;
    }

    @GetMapping({"/api/evidence/log/consistency", "/api/public/evidence/log/consistency"})
    @Operation(summary = "两个已存储树头之间的一致性证明",
            description = "from 与 to 都必须是已签名并存储的树头大小；否则答复 404，并给出前后最接近的已存储大小（availableBefore、availableAfter）")
    Map<String, Object> consistency(@Parameter(description = "较早的树大小（已存储的树头）") @RequestParam long from,
            @Parameter(description = "较晚的树大小（已存储的树头）") @RequestParam long to) {
        TreeHead latest = log.latestHead();
        if (from < 0 || from > to || to > latest.treeSize()) {
            throw new InvalidInputException("须满足 0 ≤ from ≤ to ≤ " + latest.treeSize(),
                    Map.of("from", "取值范围有误", "to", "取值范围有误"));
        }
        TreeHead fromHead = log.headFor(from);
        TreeHead toHead = log.headFor(to);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("fromHead", ProofBundle.Head.of(fromHead));
        m.put("toHead", ProofBundle.Head.of(toHead));
        m.put("proof", log.consistencyProof(from, to).stream().map(HexFormat.of()::formatHex).toList());
        return m;
    }

    @GetMapping({"/api/evidence/log/public-key", "/api/public/evidence/log/public-key"})
    @Operation(summary = "日志公钥（PEM）", description = "不带 keyId 为当前密钥；带 keyId 为曾经使用的任一密钥")
    ResponseEntity<String> publicKey(@RequestParam(required = false) String keyId) {
        LogKeys keys = log.keys();
        String pem = keyId == null ? keys.active().publicPem()
                : keys.find(keyId.trim().toLowerCase()).map(LogKeys.KeyRecord::publicKeyPem)
                        .orElseThrow(() -> new NotFoundException("没有标识为 " + keyId + " 的日志密钥"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file")).body(pem);
    }

    @GetMapping({"/api/evidence/log/keys", "/api/public/evidence/log/keys"})
    @Operation(summary = "全部日志密钥", description = "每个曾签发树头的公钥、启用时间、前一密钥及其背书（KeyTransition 签名）")
    List<Map<String, Object>> keys() {
        return log.keys().all().stream().map(EvidenceLogController::key).toList();
    }

    /** Request body of a key rotation. */
    record RotateRequest(String reason) {
    }

    @PostMapping("/api/evidence/log/keys/rotate")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Operation(summary = "轮换日志签名密钥（安全管理员）",
            description = "当前密钥签名背书新密钥（KeyTransition），新密钥随即签发当前大小的树头；原私钥销毁，原公钥永久保留并公布")
    ResponseEntity<Map<String, Object>> rotate(@RequestBody RotateRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(key(rotation.rotate(body == null ? null : body.reason())));
    }

    static Map<String, Object> key(LogKeys.KeyRecord k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyId", k.keyId());
        m.put("publicKeyPem", k.publicKeyPem());
        m.put("createdAt", k.createdAt());
        m.put("previousKeyId", k.previousKeyId());
        m.put("endorsement", k.endorsement() == null ? null : HexFormat.of().formatHex(k.endorsement()));
        m.put("endorsedAt", k.endorsedAtMillis());
        m.put("reason", k.reason());
        return m;
    }
}
