package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.common.CurrentActor;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.internal.Alerts;

/** Supervision alerts and the transfer board for the supervision bureau and unit heads (their units). */
@Controller
@Tag(name = "监督预警", description = "期限逾期、长期未办理、法制审核反复退回、证据完整性告警、设备检定过期仍在上传、移送看板")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
class AlertController {

    private final Alerts alerts;
    private final OrgUnits units;

    AlertController(Alerts alerts, OrgUnits units) {
        this.alerts = alerts;
        this.units = units;
    }

    @GetMapping("/api/supervision/alerts")
    @ResponseBody
    @Operation(summary = "监督预警（数据范围内各单位）")
    Alerts.Board api() {
        return alerts.board(CurrentActor.require());
    }

    @GetMapping("/supervision/alerts")
    String page(Model model) {
        model.addAttribute("b", alerts.board(CurrentActor.require()));
        model.addAttribute("unitNames", unitNames());
        return "supervision/alerts";
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> m = new java.util.HashMap<>();
        units.all().forEach(u -> m.put(u.id(), u.name()));
        return m;
    }

    @GetMapping("/supervision/alerts.xlsx")
    ResponseEntity<byte[]> excel() {
        Alerts.Board b = alerts.board(CurrentActor.require());
        Map<Long, String> names = unitNames();
        LongFunction<String> unit = id -> names.getOrDefault(id, String.valueOf(id));
        List<List<Object>> rows = new ArrayList<>();
        for (var list : List.of(b.overdueClocks(), b.stale(), b.repeatedReturns())) {
            list.forEach(a -> rows.add(Arrays.asList(kind(a.kind()), a.caseNumber(), unit.apply(a.unitId()), a.detail(),
                    a.date())));
        }
        b.integrity().forEach(a -> rows.add(Arrays.asList("证据完整性告警", "证据 " + a.evidenceId() + " " + a.title(),
                unit.apply(a.unitId()), a.kind() + "：" + a.detail(), a.detectedAt())));
        b.devices().forEach(d -> rows.add(Arrays.asList("设备检定过期仍在上传", d.code() + " " + d.name(),
                unit.apply(d.unitId()), "检定有效期至 " + d.certExpiry() + "，此后上传 " + d.detectionsSince() + " 条",
                d.lastDay())));
        return Workbooks.xlsx("监督预警.xlsx", List.of(new Workbooks.Table("预警",
                List.of("类别", "对象", "单位", "情况", "日期"), rows)));
    }

    static String kind(String kind) {
        return switch (kind) {
            case "CLOCK_OVERDUE" -> "法定期限逾期";
            case "NO_STEP" -> "长期未办理";
            case "REPEATED_RETURN" -> "法制审核反复退回";
            default -> kind;
        };
    }
}
