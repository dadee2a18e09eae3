package org.zhifa.evidence.internal;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.InvalidInputException;

/**
 * Key rotation as the security administrator does it (page or API): a stated reason, the rotation itself
 * ({@link TransparencyLog#rotateKey}) and its audit record.
 */
@Service
public class LogKeyRotation {

    private final TransparencyLog log;
    private final AuditTrail audit;

    LogKeyRotation(TransparencyLog log, AuditTrail audit) {
        this.log = log;
        this.audit = audit;
    }

    public LogKeys.KeyRecord rotate(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 200) {
            String message = r.isEmpty() ? "请填写轮换原因" : "轮换原因不超过 200 字";
            throw new InvalidInputException(message, Map.of("reason", message));
        }
        String before = log.keys().active().keyId();
        LogKeys.KeyRecord record = log.rotateKey("密钥轮换：" + r);
        audit.success("EVIDENCE_LOG_KEY_ROTATED", "EVIDENCE_LOG_KEY", record.keyId(), "证据日志密钥轮换：原密钥 "
                + before + " 背书新密钥 " + record.keyId() + "，原私钥已销毁，原公钥继续公布；原因：" + r);
        return record;
    }
}
