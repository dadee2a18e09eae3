package org.zhifa.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.identity.OrgUnits;
import org.zhifa.publicity.PublicationState;
import org.zhifa.publicity.internal.DecisionSearchIndex;
import org.zhifa.publicity.internal.DecisionSearchIndex.Criteria;
import org.zhifa.publicity.internal.DecisionSearchIndex.Hit;
import org.zhifa.publicity.internal.PublicText;
import org.zhifa.publicity.internal.Publication;
import org.zhifa.publicity.internal.PublicationStore;

/** The public search of published decisions (事后公示), its detail pages and the withdrawal notices (Art. 48). */
@Controller
@Tag(name = "公示查询（公开）", description = "已公示的行政处罚决定，无需登录；当事人信息已按遮蔽规则处理")
class PublicDecisionController {

    private final DecisionSearchIndex index;
    private final PublicationStore store;
    private final OrgUnits units;

    PublicDecisionController(DecisionSearchIndex index, PublicationStore store, OrgUnits units) {
        this.index = index;
        this.store = store;
        this.units = units;
    }

    /** API answer: the published items of one page and the number of all matches. */
    record DecisionPage(List<Hit> items, long total, int page, int size) {
    }

    /** API answer for one decision: the public text, or the withdrawal notice. */
    record DecisionDetail(long id, String state, String stateLabel, PublicText text, LocalDate withdrawnOn,
            String withdrawalExplanation) {
    }

    @GetMapping("/api/public/decisions")
    @ResponseBody
    @Operation(summary = "检索已公示的处罚决定", description = "中文关键词（1 个字及以上）、当事人、单位、类别、决定日期范围；"
            + "按决定日期由新到旧；返回 {items, total}")
    DecisionPage api(@Parameter(description = "关键词，空格分隔的多个词须同时出现") @RequestParam(required = false) String q,
            @Parameter(description = "当事人（公民为遮蔽后的姓名，如 张某某）") @RequestParam(required = false) String party,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size)
            throws IOException {
        PageResult<Hit> r = search(q, party, unitId, category, from, to, page, size);
        return new DecisionPage(r.items(), r.total(), r.page(), r.size());
    }

    @GetMapping("/api/public/decisions/{id}")
    @ResponseBody
    @Operation(summary = "已公示处罚决定详情", description = "已撤回的只返回撤回说明；未公示或已下架的返回 404")
    DecisionDetail apiDetail(@PathVariable long id) {
        return detail(id);
    }

    @GetMapping("/public/decisions")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String party,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) throws IOException {
        model.addAttribute("result", search(q, party, unitId, category, from, to, page, 20));
        model.addAttribute("q", q);
        model.addAttribute("party", party);
        model.addAttribute("unitId", unitId);
        model.addAttribute("category", category);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units.all());
        model.addAttribute("categories", index.categories());
        model.addAttribute("ready", index.ready());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/public/decisions").queryParamIfPresent("q", opt(q))
                .queryParamIfPresent("party", opt(party)).queryParamIfPresent("unitId", java.util.Optional.ofNullable(unitId))
                .queryParamIfPresent("category", opt(category))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to)).encode().build().toUriString());
        return "publicity/public/decisions";
    }

    @GetMapping("/public/decisions/{id}")
    String detailPage(@PathVariable long id, Model model) {
        DecisionDetail d = detail(id);
        model.addAttribute("d", d);
        model.addAttribute("t", d.text());
        return "publicity/public/decision";
    }

    @GetMapping("/public/withdrawals")
    String withdrawals(Model model) {
        model.addAttribute("rows", store.withdrawalNotices(100));
        return "publicity/public/withdrawals";
    }

    private PageResult<Hit> search(String q, String party, Long unitId, String category, LocalDate from,
            LocalDate to, int page, int size) throws IOException {
        if (page < 0) {
            throw new InvalidInputException("页码不能为负数", Map.of("page", "页码不能为负数"));
        }
        if (q != null && q.length() > 100 || party != null && party.length() > 100) {
            throw new InvalidInputException("检索词不能超过 100 字", Map.of("q", "检索词不能超过 100 字"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("开始日期不能晚于结束日期", Map.of("from", "开始日期不能晚于结束日期"));
        }
        return index.search(new Criteria(q, party, unitId, category, from, to), page, PageResult.clampSize(size));
    }

    private DecisionDetail detail(long id) {
        Publication p = store.find(id).orElseThrow(PublicDecisionController::notPublic);
        if (p.state() == PublicationState.WITHDRAWN && p.publicVersionId() != null) {
            PublicText t = store.version(p.publicVersionId()).orElseThrow().text();
            // only the headline stays: the withdrawn text itself is no longer public (Art. 48)
            PublicText headline = new PublicText(t.documentNumber(), t.unitName(), t.party(), t.partyKind(),
                    t.category(), t.outcome(), "", "", t.decisionDate());
            return new DecisionDetail(id, p.state().name(), p.state().label(), headline,
                    p.withdrawnOn(),
                    p.withdrawReason());
        }
        if (!p.state().publiclyVisible()) {
            throw notPublic();
        }
        PublicText t = store.version(p.publicVersionId()).orElseThrow(PublicDecisionController::notPublic).text();
        return new DecisionDetail(id, p.state().name(), p.state().label(), t, null, null);
    }

    private static NotFoundException notPublic() {
        return new NotFoundException("该决定未公示或已期满下架");
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }
}
