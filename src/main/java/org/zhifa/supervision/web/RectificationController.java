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
import org.zhifa.supervision.internal.Rectifications;
import org.zhifa.supervision.internal.Rectifications.Rectification;

/** Rectification tasks: the supervision bureau sees all, a unit head those of the units in their scope. */
@Controller
@Tag(name = "整改通知", description = "案卷评查发现问题的整改、回复与验收")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'UNIT_HEAD')")
class RectificationController {

    private final Rectifications rectifications;

    RectificationController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    record ReplyBody(Integer version, String reply) {
    }

    @GetMapping("/api/supervision/rectifications")
    @ResponseBody
    @Operation(summary = "整改通知列表")
    PageResult<Rectification> apiList(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return rectifications.list(CurrentActor.require(), state(state), Math.max(0, page), PageResult.clampSize(size));
    }

    @GetMapping("/api/supervision/rectifications/{id}")
    @ResponseBody
    Rectification apiFind(@PathVariable long id) {
        return rectifications.find(CurrentActor.require(), id);
    }

    @PostMapping("/api/supervision/rectifications/{id}/reply")
    @ResponseBody
    @Operation(summary = "回复整改情况（被评查单位负责人）")
    Rectification apiReply(@PathVariable long id, @RequestBody ReplyBody body) {
        return rectifications.reply(CurrentActor.require(), id, body.version(), body.reply());
    }

    @PostMapping("/api/supervision/rectifications/{id}/accept")
    @ResponseBody
    @Operation(summary = "验收整改（执法监督人员）")
    Rectification apiAccept(@PathVariable long id, @RequestBody ReplyBody body) {
        return rectifications.accept(CurrentActor.require(), id, body.version());
    }

    @GetMapping("/supervision/rectifications")
    String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", rectifications.list(CurrentActor.require(), state(state), Math.max(0, page), 20));
        model.addAttribute("state", state);
        model.addAttribute("today", rectifications.today());
        model.addAttribute("base", "/supervision/rectifications" + (state == null || state.isBlank() ? "" : "?state=" + state));
        return "supervision/rectifications";
    }

    @GetMapping("/supervision/rectifications.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String state) {
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        PageResult<Rectification> p;
        do {
            p = rectifications.list(CurrentActor.require(), state(state), page++, 100);
            p.items().forEach(r -> rows.add(Arrays.asList(r.number(), r.unitName(), r.issues(), r.issuedOn(),
                    r.dueOn() == null ? r.dueNote() : r.dueOn(), r.stateLabel(), r.reply(), r.repliedOn())));
        } while (p.hasNext());
        return Workbooks.xlsx("整改通知.xlsx", List.of(new Workbooks.Table("整改通知",
                List.of("编号", "单位", "问题", "下发日期", "期限", "状态", "整改情况", "回复日期"), rows)));
    }

    @GetMapping("/supervision/rectifications/{id}")
    String detail(@PathVariable long id, Model model) {
        var actor = CurrentActor.require();
        Rectification r = rectifications.find(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("today", rectifications.today());
        model.addAttribute("canReply", r.state().equals("OPEN") && actor.hasRole("UNIT_HEAD"));
        model.addAttribute("canAccept", r.state().equals("REPLIED") && actor.hasRole("SUPERVISOR"));
        return "supervision/rectification";
    }

    @PostMapping("/supervision/rectifications/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        try {
            rectifications.reply(CurrentActor.require(), id, version, reply);
            redirect.addFlashAttribute("message", "整改情况已回复");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            rectifications.accept(CurrentActor.require(), id, version);
            redirect.addFlashAttribute("message", "整改已验收");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    private static String state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        if (!List.of("OPEN", "REPLIED", "ACCEPTED").contains(state)) {
            throw new InvalidInputException("状态无效", Map.of("state", "状态无效"));
        }
        return state;
    }
}
