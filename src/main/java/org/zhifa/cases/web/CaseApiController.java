package org.zhifa.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.internal.CaseBoard;
import org.zhifa.cases.internal.CaseDetail;
import org.zhifa.cases.internal.CaseFilter;
import org.zhifa.cases.internal.CaseList;
import org.zhifa.cases.internal.CaseReader;
import org.zhifa.cases.internal.CaseSummary;
import org.zhifa.cases.internal.CaseWorkflow;
import org.zhifa.cases.internal.CatalogPort;
import org.zhifa.cases.internal.StepResult;
import org.zhifa.cases.steps.DecideOnTheSpot;
import org.zhifa.cases.steps.Register;
import org.zhifa.catalog.DiscretionQuestions;
import org.zhifa.common.CurrentActor;
import tools.jackson.databind.JsonNode;

/**
 * The penalty case API. Each step's body is its own input record (documented per step in OpenAPI); a field the step
 * does not use is refused (400). Every refusal by a rule is 422 problem+json with {@code article}; a stale version or a
 * step that does not fit the state is 409.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'SUPERVISOR')")
@Tag(name = "行政处罚案件", description = "案件登记、当场处罚、普通程序各环节、查询与期限看板")
class CaseApiController {

    private final CaseWorkflow workflow;
    private final CaseReader reader;
    private final CaseList list;
    private final CaseBoard board;
    private final CatalogPort catalog;
    private final Clock clock;

    CaseApiController(CaseWorkflow workflow, CaseReader reader, CaseList list, CaseBoard board, CatalogPort catalog,
            Clock clock) {
        this.workflow = workflow;
        this.reader = reader;
        this.list = list;
        this.board = board;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A page of the list; {@code totalCapped}: there are more than {@code total} cases (count stops at the cap). */
    record CasePage(List<CaseSummary> items, long total, boolean totalCapped, int page, int size, int totalPages) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
    @Operation(summary = "案源登记（普通程序）", description = "请求体为 RegisterInput；身份证号（GB 11643）、统一社会信用代码（GB 32100）、"
            + "车牌、日期先后均校验；承办人员为人事模块的执法人员 id，登记人自动列入；立案审批期限自发现之日起计算",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = Register.Input.class))))
    CaseDetail create(@RequestBody JsonNode body) {
        var actor = CurrentActor.require();
        return reader.detail(workflow.open(Register.TRANSITION.name(), body, actor).caseId(), actor);
    }

    @PostMapping("/simplified")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "当场处罚（简易程序）", description = "请求体为 DecideOnTheSpotInput。警告或公民200元以下、法人或其他组织3000元以下罚款；"
            + "两名执法人员；出具当场行政处罚决定书；5个工作日内报所属行政机关备案（依据见 GET /api/public/procedure）",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = DecideOnTheSpot.Input.class))))
    CaseDetail simplified(@RequestBody JsonNode body) {
        var actor = CurrentActor.require();
        return reader.detail(workflow.open(DecideOnTheSpot.TRANSITION.name(), body, actor).caseId(), actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "案件详情", description = "含办理记录（办理日期与录入时间、补录标记）、期限、文书和当前用户可执行的下一步操作")
    CaseDetail get(@PathVariable long id) {
        return reader.detail(id, CurrentActor.require());
    }

    @GetMapping("/{id}/discretion-questions")
    @Operation(summary = "本案违法行为的裁量基准事实和情节", description = "调查终结时 discretionFacts 的键和 discretionFactors 的代码只能取自这里")
    DiscretionQuestions questions(@PathVariable long id) {
        var d = reader.detail(id, CurrentActor.require());
        return catalog.questions(d.violations().get(0).code(), d.actDate(), LocalDate.now(clock));
    }

    @GetMapping
    @Operation(summary = "案件列表", description = "按单位、状态、执法人员、违法行为、登记日期、超期筛选；关键字匹配案号、车牌或当事人名称开头。"
            + "总数超过 10000 时只报告“超过 10000”（totalCapped=true），不对全表计数")
    CasePage list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long officerId, @RequestParam(required = false) String violation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var p = list.list(new CaseFilter(unitId, state, officerId, violation, from, to, overdue, q), page, size,
                CurrentActor.require());
        var r = p.result();
        return new CasePage(r.items(), r.total(), p.capped(), r.page(), r.size(), r.totalPages());
    }

    @PostMapping("/{id}/transitions/{name}")
    @Operation(summary = "执行办案环节", description = "name 为环节名（见 GET /api/public/procedure）；请求体为该环节自己的输入"
            + "（各环节的模式见下方每个环节的单独说明），须含读取案件时的 version 和办理日期 actedOn；该环节不使用的字段被拒绝（400）。"
            + "规则不允许时返回 422 及 article，版本过期或环节不符返回 409，环节名不存在返回 404")
    StepResult transition(@PathVariable long id, @PathVariable String name, @RequestBody JsonNode body) {
        return workflow.perform(id, name, body, CurrentActor.require());
    }

    @GetMapping("/deadlines")
    @Operation(summary = "期限看板", description = "数据范围内进行中的法定期限：已超期和三日内到期；mine=true 只看本人承办的案件")
    List<CaseBoard.DeadlineLine> deadlines(@RequestParam(defaultValue = "false") boolean mine) {
        return board.deadlines(CurrentActor.require(), mine);
    }

    @GetMapping("/filings")
    @Operation(summary = "重大行政处罚决定备案", description = "上级主管部门和执法监督局查看报送的备案，含逾期报送和应报未报的标记")
    List<CaseBoard.FilingLine> filings() {
        return board.filings(CurrentActor.require());
    }
}
