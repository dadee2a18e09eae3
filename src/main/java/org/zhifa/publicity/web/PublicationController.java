package org.zhifa.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.FormErrors;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RuleViolationException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;
import org.zhifa.publicity.PublicationState;
import org.zhifa.publicity.internal.Publication;
import org.zhifa.publicity.internal.PublicationService;
import org.zhifa.publicity.internal.PublicationStore.Row;
import org.zhifa.publicity.internal.PublicationStore;
import org.zhifa.publicity.internal.PublicationVersion;

/**
 * Publications for staff: the deadline board (unpublished, pending updates, pending withdrawals, overdue), the
 * exact public text before release, release by a unit head, withdrawal with its explanation, and the history.
 */
@Controller
@Tag(name = "公示管理", description = "处罚决定公示：期限看板、发布、撤回、历史")
class PublicationController {

    static final String READERS = "hasAnyRole('OFFICER','LEGAL_REVIEWER','UNIT_HEAD','SUPERVISOR')";

    private final PublicationService service;
    private final PublicationStore store;
    private final DataScope dataScope;
    private final OrgUnits units;
    private final Clock clock;

    PublicationController(PublicationService service, PublicationStore store, DataScope dataScope, OrgUnits units,
            Clock clock) {
        this.service = service;
        this.store = store;
        this.dataScope = dataScope;
        this.units = units;
        this.clock = clock;
    }

    /** A board row for the API. */
    record BoardItem(long id, String documentNumber, String party, String category, String unitName, String state,
            String stateLabel, LocalDate publishDue, boolean publicationOverdue, LocalDate withdrawDue,
            boolean withdrawalPending, boolean withdrawalOverdue, int version) {

        static BoardItem of(Row r, LocalDate today) {
            Publication p = r.publication();
            return new BoardItem(p.id(), r.documentNumber(), r.party(), r.category(), r.unitName(), p.state().name(),
                    p.state().label(), p.publishDue(), p.publicationOverdue(today), p.withdrawDue(),
                    p.withdrawalPending(), p.withdrawalOverdue(today), p.version());
        }
    }

    record VersionBody(int version) {
    }

    record WithdrawBody(int version, String explanation) {
    }

    /** The text of a publication being edited; the page's form and the API's body. */
    record EditBody(@Schema(description = "版本号") int version,
            @NotBlank @Size(max = 200) @Schema(description = "当事人") String party,
            @NotBlank @Size(max = 1000) @Schema(description = "执法结论") String conclusion,
            @NotNull @Size(max = 4000) @Schema(description = "主要事实") String facts) {
    }

    // ---- API

    @GetMapping("/api/publicity/publications")
    @ResponseBody
    @PreAuthorize(READERS)
    @Operation(summary = "公示记录与期限看板", description = "open=true 只列未发布、待更新和待撤回的记录；按数据范围过滤")
    PageResult<BoardItem> list(@RequestParam(required = false) PublicationState state,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageResult<Row> r = rows(state, open, q, page, size);
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(r.items().stream().map(x -> BoardItem.of(x, today)).toList(), r.total(), r.page(),
                r.size());
    }

    @GetMapping("/api/publicity/publications/{id}/history")
    @ResponseBody
    @PreAuthorize(READERS)
    @Operation(summary = "公示文本的全部历史版本")
    List<PublicationVersion> history(@PathVariable long id) {
        service.visible(CurrentActor.require(), id);
        return store.history(id);
    }

    @PostMapping("/api/publicity/publications/{id}/release")
    @ResponseBody
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Operation(summary = "负责人发布（首次发布或更新）")
    Map<String, Object> apiRelease(@PathVariable long id, @RequestBody VersionBody body) {
        service.release(CurrentActor.require(), id, body.version());
        return Map.of("id", id, "state", service.visible(CurrentActor.require(), id).state().name());
    }

    @PostMapping("/api/publicity/publications/{id}/withdraw")
    @ResponseBody
    @PreAuthorize("hasRole('UNIT_HEAD')")
    @Operation(summary = "撤回公示并公开说明理由（行政处罚法第四十八条）")
    Map<String, Object> apiWithdraw(@PathVariable long id, @RequestBody WithdrawBody body) {
        service.withdraw(CurrentActor.require(), id, body.version(), body.explanation());
        return Map.of("id", id, "state", PublicationState.WITHDRAWN.name());
    }

    @PostMapping("/api/publicity/publications/{id}/draft")
    @ResponseBody
    @PreAuthorize("hasAnyRole('LEGAL_REVIEWER','UNIT_HEAD')")
    @Operation(summary = "修改待发布的公示文本（保留此前文本）")
    Map<String, Object> apiEdit(@PathVariable long id, @Valid @RequestBody EditBody body) {
        service.edit(CurrentActor.require(), id, body.version(), body.party(), body.conclusion(), body.facts());
        return Map.of("id", id);
    }

    // ---- pages

    @GetMapping("/publicity/publications")
    @PreAuthorize(READERS)
    String board(@RequestParam(required = false) PublicationState state, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", rows(state, open, q, page, 20));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("state", state == null ? null : state.name());
        model.addAttribute("open", open);
        model.addAttribute("q", q);
        model.addAttribute("states", PublicationState.values());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/publicity/publications")
                .queryParam("open", open).queryParamIfPresent("state", opt(state == null ? null : state.name()))
                .queryParamIfPresent("q", opt(q)).encode().build().toUriString());
        return "publicity/board";
    }

    /** The publication ledger (.xlsx) of the board's filter, up to the first 10,000. */
    @GetMapping("/publicity/publications/export.xlsx")
    @PreAuthorize(READERS)
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) PublicationState state,
            @RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) String q) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var items = rows(state, open, q, page, 200).items();
            items.forEach(r -> rows.add(java.util.Arrays.asList(r.documentNumber(), r.party(), r.category(), r.unitName(),
                    r.publication().decisionDate(), r.publication().state().label(), r.publication().publishDue(),
                    org.zhifa.common.ChinaTime.dateTime(r.publication().publishedAt()), r.publication().withdrawDue())));
            if (items.size() < 200) {
                break;
            }
        }
        byte[] xlsx = org.zhifa.common.Spreadsheet.xlsx("处罚决定公示", List.of("决定书文号", "当事人", "类别", "单位", "决定日期",
                "状态", "公示期限", "发布时间", "撤回期限"), rows);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.zhifa.common.Spreadsheet.attachment("处罚决定公示台账.xlsx"))
                .contentType(org.springframework.http.MediaType.parseMediaType(org.zhifa.common.Spreadsheet.CONTENT_TYPE))
                .body(xlsx);
    }

    @GetMapping("/publicity/publications/{id}")
    @PreAuthorize(READERS)
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Publication p = service.visible(actor, id);
        model.addAttribute("p", p);
        model.addAttribute("unitName", units.find(p.unitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("draft", store.version(p.draftVersionId()).map(PublicationVersion::text).orElse(null));
        model.addAttribute("current", store.version(p.publicVersionId()).map(PublicationVersion::text).orElse(null));
        model.addAttribute("history", store.history(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canRelease", actor.hasRole("UNIT_HEAD") && p.mayRelease().isAllowed());
        model.addAttribute("canWithdraw", actor.hasRole("UNIT_HEAD") && p.state().publiclyVisible());
        model.addAttribute("canEdit", (actor.hasRole("UNIT_HEAD") || actor.hasRole("LEGAL_REVIEWER"))
                && p.mayEdit().isAllowed());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "publicity/publication";
    }

    @PostMapping("/publicity/publications/{id}/release")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String release(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            service.release(CurrentActor.require(), id, version);
            redirect.addFlashAttribute("message", "已发布，公众可在公示查询中看到");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/publicity/publications/" + id;
    }

    @PostMapping("/publicity/publications/{id}/withdraw")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String explanation,
            RedirectAttributes redirect) {
        try {
            service.withdraw(CurrentActor.require(), id, version, explanation);
            redirect.addFlashAttribute("message", "已撤回，撤回说明已公开");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
            redirect.addFlashAttribute("errors", Map.of("explanation", e.rejection().message()));
        }
        return "redirect:/publicity/publications/" + id;
    }

    @PostMapping("/publicity/publications/{id}/draft")
    @PreAuthorize("hasAnyRole('LEGAL_REVIEWER','UNIT_HEAD')")
    String editDraft(@PathVariable long id, @Valid EditBody form, BindingResult binding, RedirectAttributes redirect) {
        if (FormErrors.flash(binding, redirect)) {
            redirect.addFlashAttribute("errors", FormErrors.of(binding, EditBody.class));
            return "redirect:/publicity/publications/" + id;
        }
        try {
            service.edit(CurrentActor.require(), id, form.version(), form.party(), form.conclusion(), form.facts());
            redirect.addFlashAttribute("message", "公示文本已修改，此前文本保留在历史中");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errors", e.fieldErrors());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.rejection().text());
        }
        return "redirect:/publicity/publications/" + id;
    }

    private PageResult<Row> rows(PublicationState state, boolean open, String q, int page, int size) {
        Actor actor = CurrentActor.require();
        return store.list(dataScope.visibleUnitIds(actor), state == null ? null : state.name(), open, q, Math.max(0, page),
                PageResult.clampSize(size));
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }
}
