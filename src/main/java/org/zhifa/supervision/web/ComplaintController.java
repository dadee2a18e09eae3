package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnits;
import org.zhifa.supervision.internal.Complaints;
import org.zhifa.supervision.internal.Complaints.Handling;

/**
 * The complaint cycle after acceptance: the supervision bureau sees every complaint, a unit head the complaints assigned
 * to the units in their scope.
 */
@Controller
@Tag(name = "投诉举报办理", description = "转办、办理、答复、回访满意度、办结；期限与逾期")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
class ComplaintController {

    private final Complaints complaints;
    private final OrgUnits units;

    ComplaintController(Complaints complaints, OrgUnits units) {
        this.complaints = complaints;
        this.units = units;
    }

    @GetMapping("/api/supervision/complaints")
    @ResponseBody
    @Operation(summary = "投诉举报办理列表", description = "绿色通道优先，期限近者在前")
    PageResult<Handling> apiList(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return complaints.list(CurrentActor.require(), state(state), overdue, q, Math.max(0, page),
                PageResult.clampSize(size));
    }

    @GetMapping("/api/supervision/complaints/{id}")
    @ResponseBody
    Map<String, Object> apiFind(@PathVariable long id) {
        Handling h = complaints.find(CurrentActor.require(), id);
        return Map.of("complaint", h, "stages", complaints.stages(id));
    }

    @PostMapping("/api/supervision/complaints/{id}/stages")
    @ResponseBody
    @Operation(summary = "办理下一环节", description = "ASSIGNED 转办（unitId、internalText）；HANDLED 办理情况；REPLIED 答复（publicText）；"
            + "FOLLOWED_UP 回访（satisfaction、internalText）；CLOSED 办结")
    Handling apiAct(@PathVariable long id, @RequestBody Complaints.Action body) {
        return complaints.act(CurrentActor.require(), id, body);
    }

    @GetMapping("/supervision/complaints")
    String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("result", complaints.list(actor, state(state), overdue, q, Math.max(0, page), 20));
        model.addAttribute("overdueCount", complaints.list(actor, null, true, null, 0, 1).total());
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        model.addAttribute("today", complaints.today());
        model.addAttribute("base", org.springframework.web.util.UriComponentsBuilder.fromPath("/supervision/complaints")
                .queryParam("overdue", overdue)
                .queryParamIfPresent("state", java.util.Optional.ofNullable(state).filter(s -> !s.isBlank()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "supervision/complaints";
    }

    @GetMapping("/supervision/complaints.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q) {
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        PageResult<Handling> p;
        do {
            p = complaints.list(CurrentActor.require(), state(state), overdue, q, page++, 100);
            p.items().forEach(h -> rows.add(Arrays.asList(h.number(), h.categoryLabel(), h.greenChannel() ? "是" : "否",
                    h.subject(), h.unitName(), h.acceptedOn(), h.dueOn() == null ? h.dueNote() : h.dueOn(),
                    h.stateLabel(), h.satisfactionLabel())));
        } while (p.hasNext());
        return Workbooks.xlsx("投诉举报办理.xlsx", List.of(new Workbooks.Table("投诉举报", List.of("受理编号", "类别",
                "绿色通道", "标题", "承办单位", "受理日期", "办理期限", "状态", "满意度"), rows)));
    }

    @GetMapping("/supervision/complaints/{id}")
    String detail(@PathVariable long id, Model model) {
        var actor = CurrentActor.require();
        Handling h = complaints.find(actor, id);
        model.addAttribute("h", h);
        model.addAttribute("stages", complaints.stages(id));
        model.addAttribute("today", complaints.today());
        model.addAttribute("supervisor", actor.hasRole("SUPERVISOR"));
        model.addAttribute("units", units.all());
        model.addAttribute("satisfactions", Complaints.Satisfaction.values());
        return "supervision/complaint";
    }

    @PostMapping("/supervision/complaints/{id}/stages")
    String act(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String stage, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String publicText, @RequestParam(required = false) String internalText,
            @RequestParam(required = false) String satisfaction, RedirectAttributes redirect) {
        try {
            Handling h = complaints.act(CurrentActor.require(), id,
                    new Complaints.Action(version, stage, unitId, publicText, internalText, satisfaction));
            redirect.addFlashAttribute("message", "已记录：" + h.stateLabel());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/complaints/" + id;
    }

    private static String state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return Complaints.Stage.valueOf(state).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("状态无效", Map.of("state", "状态无效"));
        }
    }
}
