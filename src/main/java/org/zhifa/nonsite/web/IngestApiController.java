package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.RateLimiter;
import org.zhifa.common.Uploaded;
import org.zhifa.nonsite.internal.DeviceDirectory;
import org.zhifa.nonsite.internal.IngestResult;
import org.zhifa.nonsite.internal.IngestService;

/**
 * Detection record ingest. Devices post to {@code /api/public/nonsite/records} with their key in {@code X-Device-Key}:
 * the path is outside user login (devices are not users), and the key is checked here on every request.
 */
@RestController
@Tag(name = "非现场执法：检测记录接入")
class IngestApiController {

    static final String KEY_HEADER = "X-Device-Key";

    private final IngestService ingest;
    private final DeviceDirectory directory;

    private final Clock clock;

    IngestApiController(IngestService ingest, DeviceDirectory directory, Clock clock) {
        this.ingest = ingest;
        this.directory = directory;
        this.clock = clock;
    }

    @Operation(summary = "设备推送检测记录（JSON 数组，每批最多 10000 条）",
            description = "以 X-Device-Key 请求头携带设备接入密钥。按（设备，设备记录编号，检测时间）去重：重发不会重复入库。"
                    + "每条被拒收的记录给出原因，其余记录照常入库。")
    @PostMapping(path = "/api/public/nonsite/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> records(@Parameter(description = "设备接入密钥") @RequestHeader(name = KEY_HEADER, required = false) String key,
            HttpServletRequest request) throws IOException {
        Optional<DeviceDirectory.IngestDevice> device = directory.byApiKey(key);
        if (device.isEmpty()) {
            // audited once per address and interval by the ingest service, not once more per request
            request.setAttribute(AuditTrail.AUDITED_BY_HANDLER, Boolean.TRUE);
            RateLimiter.Use use = ingest.refusedKey(request.getRemoteAddr());
            if (!use.allowed()) {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        "设备接入密钥多次无效，请求过于频繁，请核对密钥后于 " + use.retryAfterSeconds(clock.instant()) + " 秒后重试");
                p.setTitle("请求过于频繁");
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header("Retry-After", String.valueOf(use.retryAfterSeconds(clock.instant())))
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
            }
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    key == null ? "缺少设备接入密钥（请求头 X-Device-Key）" : "设备接入密钥无效或已更换");
            p.setTitle("设备未认证");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        return ResponseEntity.ok(ingest.json(device.get(), request.getInputStream()));
    }

    @Operation(summary = "上传检测记录 CSV（执法人员代设备导入）")
    @PostMapping(path = "/api/nonsite/devices/{id}/records.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    IngestResult csv(@PathVariable long id, @Uploaded @Parameter(description = "检测记录 CSV 文件")
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        return ingest.csv(id, file.getInputStream(), CurrentActor.require());
    }
}
