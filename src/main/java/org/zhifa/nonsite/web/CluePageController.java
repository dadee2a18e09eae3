package org.zhifa.nonsite.web;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.internal.Clue;
import org.zhifa.nonsite.internal.ClueQueries;
import org.zhifa.nonsite.internal.ClueReview;
import org.zhifa.nonsite.internal.Detection;

/**
 * The clue review queue: the list on the left, the selected clue with its record, images and device status on the
 * right; j/k move, c confirms, r rejects (static/js/nonsite.js). Each record is reviewed by a person (处罚法 第四十一条).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
class CluePageController {

    private final ClueQueries queries;
    private final ClueReview review;
    private final DataScope scope;

    CluePageController(ClueQueries queries, ClueReview review, DataScope scope) {
        this.queries = queries;
        this.review = review;
        this.scope = scope;
    }

    @GetMapping("/nonsite/clues")
    String queue(@RequestParam(required = false) Clue.Status status, @RequestParam(required = false) String plate,
            @RequestParam(required = false) Long deviceId, @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.require();
        Clue.Status s = status == null ? Clue.Status.PENDING : status;
        PageResult<Clue> result = queries.search(new ClueQueries.Filter(s, plate, deviceId, null, null),
                scope.visibleUnitIds(actor), Math.max(page, 0), 25);
        String base = UriComponentsBuilder.fromPath("/nonsite/clues").queryParam("status", s.name())
                .queryParamIfPresent("plate", java.util.Optional.ofNullable(plate).filter(p -> !p.isBlank()))
                .queryParamIfPresent("deviceId", java.util.Optional.ofNullable(deviceId)).encode().build().toUriString();
        model.addAttribute("result", result);
        model.addAttribute("status", s);
        model.addAttribute("statuses", Clue.Status.values());
        model.addAttribute("plate", plate);
        model.addAttribute("deviceId", deviceId);
        model.addAttribute("base", base);
        Long selected = id != null ? id : result.items().isEmpty() ? null : result.items().get(0).id();
        if (selected != null) {
            ClueReview.ClueDetail x = review.detail(selected, actor);
            model.addAttribute("x", x);
            model.addAttribute("images", x.lead().images().stream().map(i -> new Picture(i, local(i))).toList());
            model.addAttribute("dimensions", metres(x.lead().heightMm()) + " / " + metres(x.lead().widthMm()) + " / "
                    + metres(x.lead().lengthMm()));
            List<Clue> items = result.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == selected) {
                    model.addAttribute("prevId", i > 0 ? items.get(i - 1).id() : null);
                    model.addAttribute("nextId", i + 1 < items.size() ? items.get(i + 1).id() : null);
                }
            }
        }
        model.addAttribute("selectedId", selected);
        return "nonsite/clues";
    }

    /** The clue ledger of a status (.xlsx): every clue in scope, up to the first 10,000, times in Beijing time. */
    @GetMapping("/nonsite/clues/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) Clue.Status status,
            @RequestParam(required = false) String plate, @RequestParam(required = false) Long deviceId) {
        Actor actor = CurrentActor.require();
        Clue.Status s = status == null ? Clue.Status.PENDING : status;
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            List<Clue> items = queries.search(new ClueQueries.Filter(s, plate, deviceId, null, null),
                    scope.visibleUnitIds(actor), page, 200).items();
            items.forEach(c -> rows.add(java.util.Arrays.asList(c.plate(), c.plateColour(),
                    org.zhifa.common.ChinaTime.dateTimeSeconds(c.firstDetectedAt()), c.deviceCode(), c.place(),
                    c.grossMassKg(), c.massLimitKg(), c.excessKg(), c.detections(), c.status().label(), c.reviewerName(),
                    org.zhifa.common.ChinaTime.dateTime(c.reviewedAt()), c.reviewReason(), c.noticeNumber())));
            if (items.size() < 200) {
                break;
            }
        }
        byte[] xlsx = org.zhifa.common.Spreadsheet.xlsx("超限线索", List.of("车牌", "车牌颜色", "检测时间", "设备", "地点",
                "车货总质量（千克）", "限值（千克）", "超限（千克）", "检测记录数", "状态", "审核人", "审核时间", "审核理由", "告知单号"), rows);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.zhifa.common.Spreadsheet.attachment("超限线索台账.xlsx"))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.zhifa.common.Spreadsheet.CONTENT_TYPE))
                .body(xlsx);
    }

    @PostMapping("/nonsite/clues/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long nextId,
            RedirectAttributes redirect) {
        try {
            Clue c = review.confirm(id, version, CurrentActor.require());
            redirect.addFlashAttribute("message", "已确认线索 " + c.plate() + "，案件草稿已生成，告知单号 " + c.noticeNumber());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/nonsite/clues?id=" + id;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "该线索已被他人审核或修改，请刷新");
        }
        return nextId == null ? "redirect:/nonsite/clues" : "redirect:/nonsite/clues?id=" + nextId;
    }

    @PostMapping("/nonsite/clues/{id}/reject")
    String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long nextId, RedirectAttributes redirect) {
        try {
            Clue c = review.reject(id, version, reason, CurrentActor.require());
            redirect.addFlashAttribute("message", "已排除线索 " + c.plate());
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/nonsite/clues?id=" + id;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "该线索已被他人审核或修改，请刷新");
        }
        return nextId == null ? "redirect:/nonsite/clues" : "redirect:/nonsite/clues?id=" + nextId;
    }

    /** A picture reference and whether it can be shown inline. */
    record Picture(String ref, boolean inline) {
    }

    /** Images on this server (or inline data) are shown; references elsewhere are listed as links (CSP img-src 'self'). */
    static boolean local(String ref) {
        return ref != null && (ref.startsWith("/") && !ref.startsWith("//") || ref.startsWith("data:image/"));
    }

    static String metres(Integer mm) {
        return Detection.metres(mm);
    }
}
