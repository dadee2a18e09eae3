package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhifa.common.ConflictException;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.supervision.internal.Evaluations;
import org.zhifa.supervision.internal.Rectifications;
import org.zhifa.supervision.internal.ScoreSheet;

/**
 * Scoring a drawn file (the assigned evaluator), reading its result (supervision bureau, the unit's head once scored)
 * and issuing its rectification task (supervision bureau).
 */
@Controller
@Tag(name = "案卷评查评分", description = "系统预检、评查人员确认或推翻、扣分及理由、整改通知")
@PreAuthorize("isAuthenticated()")
class EvaluationController {

    private final Evaluations evaluations;
    private final Rectifications rectifications;

    EvaluationController(Evaluations evaluations, Rectifications rectifications) {
        this.evaluations = evaluations;
        this.rectifications = rectifications;
    }

    @GetMapping("/api/supervision/files/{id}")
    @ResponseBody
    @Operation(summary = "评查案卷：评分表、系统预检结论及证据")
    Evaluations.Sheet apiSheet(@PathVariable long id) {
        return evaluations.sheet(CurrentActor.require(), id);
    }

    @PostMapping("/api/supervision/files/{id}/score")
    @ResponseBody
    @Operation(summary = "评分", description = "每一项给出结论；与预检不同须说明理由；扣分须有理由；否决项不符合则为零分")
    Evaluations.EvalFile apiScore(@PathVariable long id, @RequestBody Evaluations.ScoreRequest body) {
        return evaluations.score(CurrentActor.require(), id, body);
    }

    record IssueBody(String issues) {
    }

    @PostMapping("/api/supervision/files/{id}/rectifications")
    @ResponseBody
    @Operation(summary = "下发整改通知")
    Rectifications.Rectification apiIssue(@PathVariable long id, @RequestBody IssueBody body) {
        var actor = CurrentActor.require();
        return rectifications.issue(actor, evaluations.file(actor, id), body.issues());
    }

    @GetMapping("/supervision/evaluations")
    String mine(Model model) {
        model.addAttribute("files", evaluations.assignedTo(CurrentActor.require()));
        return "supervision/evaluations";
    }

    @GetMapping("/supervision/files/{id}")
    String sheet(@PathVariable long id, Model model) {
        var actor = CurrentActor.require();
        Evaluations.Sheet s = evaluations.sheet(actor, id);
        model.addAttribute("s", s);
        model.addAttribute("canScore", s.file().state().equals("ASSIGNED") && s.file().evaluatorUserId() != null
                && s.file().evaluatorUserId() == actor.userId());
        model.addAttribute("canIssue", s.file().state().equals("SCORED") && actor.hasRole("SUPERVISOR"));
        model.addAttribute("rectifications", rectifications.ofFile(id));
        return "supervision/file";
    }

    @PostMapping("/supervision/files/{id}/score")
    String score(@PathVariable long id, @ModelAttribute ScoreForm form, BindingResult binding,
            RedirectAttributes redirect) {
        var actor = CurrentActor.require();
        Evaluations.Sheet s = evaluations.sheet(actor, id);
        if (FormErrors.flash(binding, redirect)) {
            return "redirect:/supervision/files/" + id;
        }
        List<Evaluations.ItemScore> items = new ArrayList<>();
        try {
            for (Evaluations.ItemView v : s.items()) {
                String code = v.item().code();
                items.add(new Evaluations.ItemScore(code, form.finding(code),
                        v.item().group() == ScoreSheet.Group.VETO ? null : form.deduction(code), form.reason(code)));
            }
            evaluations.score(actor, id, new Evaluations.ScoreRequest(form.version(), items));
            redirect.addFlashAttribute("message", "评查结果已提交");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/files/" + id;
    }

    @PostMapping("/supervision/files/{id}/rectifications")
    String issue(@PathVariable long id, @RequestParam(required = false) String issues, RedirectAttributes redirect) {
        var actor = CurrentActor.require();
        try {
            var r = rectifications.issue(actor, evaluations.file(actor, id), issues);
            redirect.addFlashAttribute("message", "整改通知 " + r.number() + " 已下发至 " + r.unitName());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/files/" + id;
    }
}
