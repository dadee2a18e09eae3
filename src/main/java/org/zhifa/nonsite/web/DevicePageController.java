package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RuleViolationException;
import org.zhifa.common.Uploaded;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.nonsite.DeviceKind;
import org.zhifa.nonsite.PublishedDeviceLocations;
import org.zhifa.nonsite.internal.DeviceForm;
import org.zhifa.nonsite.internal.DeviceRegistry;
import org.zhifa.nonsite.internal.IngestResult;
import org.zhifa.nonsite.internal.IngestService;
import org.zhifa.nonsite.internal.MonitoringDevice;
import org.zhifa.nonsite.internal.MonitoringDevices;
import org.zhifa.nonsite.internal.RecordCsvReader;

/** Device registry pages: list with road and stake filters, detail, registration, reviews, publication, key. */
@Controller
class DevicePageController {

    private final DeviceRegistry registry;
    private final MonitoringDevices devices;
    private final DataScope scope;
    private final OrgUnits units;
    private final IngestService ingest;
    private final PublishedDeviceLocations published;
    private final Clock clock;

    DevicePageController(DeviceRegistry registry, MonitoringDevices devices, DataScope scope, OrgUnits units,
            IngestService ingest, PublishedDeviceLocations published, Clock clock) {
        this.registry = registry;
        this.devices = devices;
        this.scope = scope;
        this.units = units;
        this.ingest = ingest;
        this.published = published;
        this.clock = clock;
    }

    @GetMapping("/public/nonsite/devices")
    String publicList(@RequestParam(required = false) String road, Model model) {
        model.addAttribute("road", road);
        model.addAttribute("locations", published.list(road));
        return "nonsite/public-devices";
    }

    @GetMapping("/nonsite/devices")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String road,
            @RequestParam(required = false) String stake, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        PageResult<MonitoringDevice> result = devices.search(new MonitoringDevices.Filter(q, road, stake, status, null),
                scope.visibleUnitIds(actor), Math.max(page, 0), 20);
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("road", road);
        model.addAttribute("stake", stake);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MonitoringDevice.DeviceStatus.values());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/nonsite/devices").queryParamIfPresent("q", opt(q))
                .queryParamIfPresent("road", opt(road)).queryParamIfPresent("stake", opt(stake))
                .queryParamIfPresent("status", opt(status)).encode().build().toUriString());
        model.addAttribute("canEdit", canEdit(actor));
        return "nonsite/devices";
    }

    @GetMapping("/nonsite/devices/new")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String newForm(Model model) {
        DeviceForm form = new DeviceForm();
        form.setUnitId(CurrentActor.require().unitId());
        form.setKind("WIM");
        form.setAccuracyClass(5);
        return form(model, form, Map.of(), null);
    }

    @PostMapping("/nonsite/devices")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String create(@ModelAttribute("form") DeviceForm form, Model model, RedirectAttributes redirect) {
        try {
            var keyed = registry.create(form, CurrentActor.require());
            redirect.addFlashAttribute("apiKey", keyed.apiKey());
            redirect.addFlashAttribute("message", "已登记设备 " + keyed.device().code());
            return "redirect:/nonsite/devices/" + keyed.device().id();
        } catch (InvalidInputException e) {
            return form(model, form, e.fieldErrors(), null);
        }
    }

    @GetMapping("/nonsite/devices/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, DeviceForm.of(registry.require(id, CurrentActor.require())), Map.of(), id);
    }

    @PostMapping("/nonsite/devices/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String update(@PathVariable long id, @ModelAttribute("form") DeviceForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.update(id, form, CurrentActor.require());
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/nonsite/devices/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, e.fieldErrors(), id);
        }
    }

    @GetMapping("/nonsite/devices/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        MonitoringDevice d = registry.require(id, actor);
        model.addAttribute("d", d);
        model.addAttribute("unitName", units.find(d.unitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("reviews", registry.reviews(id));
        model.addAttribute("usable", registry.usabilityOn(d, LocalDate.now(clock)));
        model.addAttribute("canEdit", canEdit(actor));
        model.addAttribute("canReview", actor.hasRole("LEGAL_REVIEWER") || actor.hasRole("UNIT_HEAD"));
        model.addAttribute("statuses", MonitoringDevice.DeviceStatus.values());
        model.addAttribute("csvHeader", RecordCsvReader.HEADER);
        model.addAttribute("today", LocalDate.now(clock));
        return "nonsite/device";
    }

    @PostMapping("/nonsite/devices/{id}/reviews")
    @PreAuthorize("hasAnyRole('LEGAL_REVIEWER', 'UNIT_HEAD')")
    String review(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reviewer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
            @RequestParam(required = false) Boolean passed, @RequestParam(required = false) String opinion,
            @RequestParam(required = false) String document, RedirectAttributes redirect) {
        try {
            registry.addReview(id, "LEGAL".equals(kind), reviewer, reviewedOn, passed, opinion, document, CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记审核记录");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reviewErrors", e.fieldErrors());
        }
        return "redirect:/nonsite/devices/" + id;
    }

    @PostMapping("/nonsite/devices/{id}/publication")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String publish(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) String publishedWhere, @RequestParam int version, RedirectAttributes redirect) {
        try {
            registry.publish(id, publishedOn, publishedWhere, version, CurrentActor.require());
            redirect.addFlashAttribute("message", "已登记设置地点的公布");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("publishErrors", e.fieldErrors());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "设备信息已被他人修改，请刷新后重试");
        }
        return "redirect:/nonsite/devices/" + id;
    }

    @PostMapping("/nonsite/devices/{id}/status")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String status(@PathVariable long id, @RequestParam MonitoringDevice.DeviceStatus status, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            registry.setStatus(id, status, version, CurrentActor.require());
            redirect.addFlashAttribute("message", "设备状态已改为" + status.label());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "设备信息已被他人修改，请刷新后重试");
        }
        return "redirect:/nonsite/devices/" + id;
    }

    @PostMapping("/nonsite/devices/{id}/key")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String rotate(@PathVariable long id, RedirectAttributes redirect) {
        var keyed = registry.rotateKey(id, CurrentActor.require());
        redirect.addFlashAttribute("apiKey", keyed.apiKey());
        redirect.addFlashAttribute("message", "已更换接入密钥，旧密钥已失效");
        return "redirect:/nonsite/devices/" + id;
    }

    @PostMapping("/nonsite/devices/{id}/records")
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    String upload(@PathVariable long id,
            @Uploaded @Parameter(description = "检测记录 CSV 文件") @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            IngestResult r = ingest.csv(id, file.getInputStream(), CurrentActor.require());
            redirect.addFlashAttribute("ingest", r);
            redirect.addFlashAttribute("message", "导入完成：共 " + r.received() + " 条，新增 " + r.accepted() + "，重复 "
                    + r.duplicated() + "，拒收 " + r.rejected() + "，生成线索 " + r.cluesOpened());
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/nonsite/devices/" + id;
    }

    private String form(Model model, DeviceForm form, Map<String, String> errors, Long id) {
        Actor actor = CurrentActor.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("kinds", DeviceKind.values());
        model.addAttribute("units", units.all().stream().filter(u -> scope.canSee(actor, u.id())).toList());
        return "nonsite/device-form";
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static boolean canEdit(Actor actor) {
        return actor.hasRole("OFFICER") || actor.hasRole("UNIT_HEAD");
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }

}
