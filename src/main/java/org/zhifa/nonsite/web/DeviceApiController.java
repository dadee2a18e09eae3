package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.PageResult;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.PublishedDeviceLocation;
import org.zhifa.nonsite.PublishedDeviceLocations;
import org.zhifa.nonsite.internal.DeviceForm;
import org.zhifa.nonsite.internal.DeviceRegistry;
import org.zhifa.nonsite.internal.DeviceReview;
import org.zhifa.nonsite.internal.MonitoringDevice;
import org.zhifa.nonsite.internal.MonitoringDevices;

/** Monitoring device registry API. */
@RestController
@Tag(name = "非现场执法：监测设备")
class DeviceApiController {

    private final DeviceRegistry registry;
    private final MonitoringDevices devices;
    private final DataScope scope;
    private final PublishedDeviceLocations published;
    private final Clock clock;

    DeviceApiController(DeviceRegistry registry, MonitoringDevices devices, DataScope scope,
            PublishedDeviceLocations published, Clock clock) {
        this.registry = registry;
        this.devices = devices;
        this.scope = scope;
        this.published = published;
        this.clock = clock;
    }

    /** A device with its reviews and whether it may be used today, with the reasons if not. */
    record DeviceView(MonitoringDevice device, List<DeviceReview> reviews, boolean usableToday, List<Rejection> unusableReasons) {
    }

    /** A device just created or re-keyed: the API key is shown this once. */
    record KeyedView(MonitoringDevice device, String apiKey, String notice) {
    }

    record ReviewRequest(String kind, String reviewer, LocalDate reviewedOn, Boolean passed, String opinion, String document) {
    }

    record PublishRequest(LocalDate publishedOn, String publishedWhere, int version) {
    }

    record StatusRequest(@NotNull @Schema(description = "设备状态") MonitoringDevice.DeviceStatus status, int version) {
    }

    @Operation(summary = "公布的监测设备设置地点（无需登录）")
    @GetMapping("/api/public/nonsite/devices")
    List<PublishedDeviceLocation> publicList(@RequestParam(required = false) String road) {
        return published.list(road);
    }

    @Operation(summary = "设备列表（按道路、桩号筛选）")
    @GetMapping("/api/nonsite/devices")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    PageResult<MonitoringDevice> list(@RequestParam(required = false) String q, @RequestParam(required = false) String road,
            @RequestParam(required = false) String stake, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Actor actor = CurrentActor.require();
        return devices.search(new MonitoringDevices.Filter(q, road, stake, status, null), scope.visibleUnitIds(actor),
                Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/api/nonsite/devices/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    DeviceView get(@PathVariable long id) {
        MonitoringDevice d = registry.require(id, CurrentActor.require());
        var decision = registry.usabilityOn(d, LocalDate.now(clock));
        return new DeviceView(d, registry.reviews(id), decision.isAllowed(), decision.rejections());
    }

    @Operation(summary = "登记设备（返回一次性显示的接入密钥）")
    @PostMapping("/api/nonsite/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    KeyedView create(@RequestBody DeviceForm form) {
        var k = registry.create(form, CurrentActor.require());
        return new KeyedView(k.device(), k.apiKey(), "接入密钥只显示这一次，请立即配置到设备；系统只保存其 SHA-256 摘要");
    }

    @PutMapping("/api/nonsite/devices/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    MonitoringDevice update(@PathVariable long id, @RequestBody DeviceForm form) {
        return registry.update(id, form, CurrentActor.require());
    }

    @Operation(summary = "登记法制审核（LEGAL）或技术审核（TECHNICAL）")
    @PostMapping("/api/nonsite/devices/{id}/reviews")
    @PreAuthorize("hasAnyRole('LEGAL_REVIEWER', 'UNIT_HEAD')")
    DeviceView review(@PathVariable long id, @RequestBody ReviewRequest r) {
        boolean legal = "LEGAL".equals(r.kind());
        if (!legal && !"TECHNICAL".equals(r.kind())) {
            throw new org.zhifa.common.InvalidInputException("审核类型须为 LEGAL 或 TECHNICAL", Map.of("kind", "审核类型无效"));
        }
        registry.addReview(id, legal, r.reviewer(), r.reviewedOn(), r.passed(), r.opinion(), r.document(), CurrentActor.require());
        return get(id);
    }

    @Operation(summary = "登记设置地点的公布")
    @PostMapping("/api/nonsite/devices/{id}/publication")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    DeviceView publish(@PathVariable long id, @RequestBody PublishRequest r) {
        registry.publish(id, r.publishedOn(), r.publishedWhere(), r.version(), CurrentActor.require());
        return get(id);
    }

    @PostMapping("/api/nonsite/devices/{id}/status")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    DeviceView status(@PathVariable long id, @Valid @RequestBody StatusRequest r) {
        registry.setStatus(id, r.status(), r.version(), CurrentActor.require());
        return get(id);
    }

    @Operation(summary = "更换接入密钥（旧密钥立即失效，新密钥只显示一次）")
    @PostMapping("/api/nonsite/devices/{id}/key")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    KeyedView rotate(@PathVariable long id) {
        var k = registry.rotateKey(id, CurrentActor.require());
        return new KeyedView(k.device(), k.apiKey(), "新接入密钥只显示这一次；旧密钥已失效");
    }
}
