package org.zhifa.evidence.web;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.evidence.internal.LogKeyRotation;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.evidence.internal.TransparencyLog;

/**
 * Integrity alarms of the evidence store for the security and audit administrators (they see alarms, digests and
 * log positions, never evidence content), with the self-audit runs and a button to run one now.
 */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_ADMIN', 'AUDIT_ADMIN')")
class IntegrityPageController {

    private final JdbcClient jdbc;
    private final SelfAudit selfAudit;
    private final TransparencyLog log;
    private final LogKeyRotation rotation;

    IntegrityPageController(JdbcClient jdbc, SelfAudit selfAudit, TransparencyLog log, LogKeyRotation rotation) {
        this.jdbc = jdbc;
        this.selfAudit = selfAudit;
        this.log = log;
        this.rotation = rotation;
    }

    @GetMapping("/admin/evidence-integrity")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        int size = 20;
        long total = jdbc.sql("select count(*) from evidence_integrity_alarm").query(Long.class).single();
        var alarms = jdbc.sql("""
                select id, run_id, detected_at, kind, evidence_id, leaf_index, detail from evidence_integrity_alarm
                order by detected_at desc, id desc limit ? offset ?
                """).params(size, (long) Math.max(0, page) * size).query((rs, n) -> Map.of(
                        "id", rs.getLong("id"), "runId", rs.getObject("run_id") == null ? "" : rs.getObject("run_id"),
                        "detectedAt", rs.getTimestamp("detected_at").toInstant(), "kind", rs.getString("kind"),
                        "evidenceId", rs.getObject("evidence_id") == null ? "" : rs.getObject("evidence_id"),
                        "leafIndex", rs.getObject("leaf_index") == null ? "" : rs.getObject("leaf_index"),
                        "detail", rs.getString("detail"))).list();
        var runs = jdbc.sql("""
                select id, started_at, finished_at, tree_size, items_checked, files_checked, alarms, triggered_by
                from evidence_audit_run order by id desc limit 10
                """).query((rs, n) -> Map.of("id", rs.getLong("id"), "startedAt", rs.getTimestamp("started_at").toInstant(),
                        "treeSize", rs.getObject("tree_size") == null ? "" : rs.getObject("tree_size"),
                        "items", rs.getInt("items_checked"), "files", rs.getInt("files_checked"),
                        "alarms", rs.getInt("alarms"), "by", rs.getString("triggered_by"))).list();
        model.addAttribute("result", new PageResult<>(alarms, total, Math.max(0, page), size));
        model.addAttribute("runs", runs);
        model.addAttribute("head", log.latestHead());
        model.addAttribute("keyId", log.keys().active().keyId());
        model.addAttribute("keys", log.keys().all());
        return "evidence/integrity";
    }

    @PostMapping("/admin/evidence-integrity/run")
    String run(RedirectAttributes redirect) {
        var run = selfAudit.run(CurrentActor.require().username());
        if (run.isEmpty()) {
            redirect.addFlashAttribute("error", "另一个实例正在执行自检，请稍后查看结果");
        } else if (run.get().ok()) {
            redirect.addFlashAttribute("message", "自检完成：日志 " + run.get().treeSize() + " 条、证据 "
                    + run.get().itemsChecked() + " 项、文件 " + run.get().filesChecked() + " 个，未发现异常");
        } else {
            redirect.addFlashAttribute("error", "自检发现 " + run.get().findings().size() + " 个异常，详见下表");
        }
        return "redirect:/admin/evidence-integrity";
    }

    /**
     * Key rotation by the security administrator (GB/T 22239-2019 三级 安全管理中心: keys are security policy): the
     * current key endorses a new one, which signs from now on; every earlier public key stays published.
     */
    @PostMapping("/admin/evidence-integrity/rotate-key")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String rotateKey(@RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            var record = rotation.rotate(reason);
            redirect.addFlashAttribute("message", "已启用新日志密钥 " + record.keyId() + "，原公钥继续公布并用于核验其签发的树头");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/evidence-integrity";
    }
}
