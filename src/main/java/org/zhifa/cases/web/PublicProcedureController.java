package org.zhifa.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.ProcedureDefinition;

/** The procedures as data, without login: the public portal draws the flowchart (事前公开: 执法程序) from this. */
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

    record TransitionJson(String name, String label, List<String> from, String to, boolean returns,
            List<String> roles, boolean handlerOnly, List<GuardJson> guards, List<String> starts, List<String> stops) {
    }

    record ProcedureJson(String name, String label, String version, String initial, List<StateJson> states,
            List<TransitionJson> transitions) {
    }

    record Definitions(List<ProcedureJson> procedures, List<ClockJson> clocks) {
    }

    @GetMapping
    @Operation(summary = "行政处罚程序定义", description = "状态、环节（起止状态、角色、规则及其法律依据、启动和停止的期限）")
    Definitions definitions() {
        return new Definitions(Arrays.stream(Procedure.values()).map(p -> json(p.definition())).toList(),
                Arrays.stream(ClockKind.values()).map(k -> new ClockJson(k.name(), k.label(), k.basis(),
                        k.defaultDays(), k.workingDays())).toList());
    }

    static ProcedureJson json(ProcedureDefinition d) {
        return new ProcedureJson(d.procedure().name(), d.procedure().label(), d.version(), d.initial().name(),
                d.states().stream().map(s -> new StateJson(s.name(), s.label(), s.terminal())).toList(),
                d.transitions().stream().map(t -> new TransitionJson(t.name(), t.label(),
                        d.states().stream().filter(t::startsFrom).map(Enum::name).toList(),
                        t.to() == null ? null : t.to().name(), t.returns(), t.roles().stream().sorted().toList(),
                        t.handlerOnly(), t.guards().stream().map(g -> new GuardJson(g.name(), g.label(), g.article()))
                                .toList(),
                        t.starts().stream().map(Enum::name).toList(), t.stops().stream().map(Enum::name).toList()))
                        .toList());
    }
}
