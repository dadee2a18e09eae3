package org.zhifa.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.internal.ProcedureCatalog;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.ProcedureDefinition;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/**
 * The procedures as data, derived from the step classes, without login: the public portal draws the flowchart (事前公开:
 * 执法程序) from this.
 */
@RestController
@RequestMapping("/api/public/procedure")
@Tag(name = "公开：执法程序", description = "行政处罚程序的环节和流转（无需登录）")
class PublicProcedureController {

    record StateJson(String name, String label, boolean terminal) {
    }

    record GuardJson(String name, String label, String article) {
    }

    record ClockJson(String name, String label, String basis, int defaultDays, boolean workingDays) {
    }

    record DocumentJson(String type, String title) {
    }

    record TransitionJson(String name, String label, List<String> from, String to, boolean opens, boolean returns,
            List<String> roles, List<String> roleLabels, boolean handlerOnly, List<GuardJson> guards,
            List<String> starts, List<String> stops, List<String> ends, List<DocumentJson> issues, String input) {
    }

    record ProcedureJson(String name, String label, String version, List<StateJson> states,
            List<TransitionJson> transitions) {
    }

    record Definitions(List<ProcedureJson> procedures, List<ClockJson> clocks) {
    }

    private final ProcedureCatalog catalog;

    PublicProcedureController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "行政处罚程序定义", description = "状态、环节（起止状态、角色、规则及其法律依据、启动和停止的期限、制作的文书、输入模式）")
    Definitions definitions() {
        return new Definitions(Arrays.stream(Procedure.values()).map(p -> json(catalog.definition(p))).toList(),
                Arrays.stream(ClockKind.values()).map(k -> new ClockJson(k.name(), k.label(), k.basis().text(),
                        k.defaultDays(), k.workingDays())).toList());
    }

    static ProcedureJson json(ProcedureDefinition d) {
        return new ProcedureJson(d.procedure().name(), d.procedure().label(), d.version(),
                d.states().stream().map(s -> new StateJson(s.name(), s.label(), s.terminal())).toList(),
                d.transitions().stream().map(t -> transition(d, t)).toList());
    }

    private static TransitionJson transition(ProcedureDefinition d, Transition t) {
        var roles = t.roles().stream().sorted().toList();
        return new TransitionJson(t.name(), t.label(), d.states().stream().filter(t::startsFrom).map(Enum::name).toList(),
                t.to() == null ? null : t.to().name(), t.opens(), t.returns(), roles.stream().map(Role::name).toList(),
                roles.stream().map(Role::label).toList(), t.handlerOnly(),
                t.guards().stream().map(g -> new GuardJson(g.name(), g.label(), g.basis().text())).toList(),
                t.starts().stream().map(Enum::name).toList(), t.stops().stream().map(Enum::name).toList(),
                t.ends().stream().map(Enum::name).toList(),
                t.issues().stream().map(x -> new DocumentJson(x.name(), x.title())).toList(),
                t.input().getSimpleName().equals("Input") ? t.input().getEnclosingClass().getSimpleName() + "Input"
                        : t.input().getSimpleName());
    }
}
