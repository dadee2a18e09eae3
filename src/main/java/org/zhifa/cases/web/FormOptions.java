package org.zhifa.cases.web;

import java.util.List;
import java.util.function.Function;
import org.zhifa.cases.internal.CaseDetail;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.common.Actor;
import org.zhifa.identity.DataScope;
import org.zhifa.personnel.OfficerDirectory;
import tools.jackson.databind.JsonNode;

/** The choices of a step's form fields that depend on the case: its officers, other officers, statements, measures. */
final class FormOptions {

    private FormOptions() {
    }

    static Function<String, List<FormField.Option>> forStep(String step, CaseDetail d, Actor actor,
            OfficerDirectory officers, DataScope scope) {
        List<FormField.Option> onCase = d.officers().stream().filter(o -> !o.recused() && !o.auxiliary())
                .map(o -> new FormField.Option(Long.toString(o.officerId()), o.name())).toList();
        return name -> switch (name) {
            case "recorderId" -> step.equals("record-hearing") ? hearingRecorders(d, actor, officers, scope) : onCase;
            case "officerIds" -> onCase;
            case "officerId" -> step.equals("assign-officer") ? others(d, actor, officers, scope) : onCase;
            case "presidingOfficerId" -> others(d, actor, officers, scope);
            // no article bars an investigator from these two roles (第六十四条第（四）项 names the presiding officer)
            case "hearingOfficerIds", "hearingRecorderId" -> inPost(actor, officers, scope);
            case "statementNo" -> statements(d.notice());
            case "measureNumber" -> measures(d.investigation(), step.equals("extend-measure"));
            case "toState" -> earlier(d);
            default -> null;
        };
    }

    /** Choices of an opening form (案源登记, 当场处罚): the officers in the actor's scope. */
    static Function<String, List<FormField.Option>> forOpening(Actor actor, OfficerDirectory officers, DataScope scope) {
        return name -> "officerIds".equals(name) ? inPost(actor, officers, scope) : null;
    }

    private static List<FormField.Option> inPost(Actor actor, OfficerDirectory officers, DataScope scope) {
        return officers.inPost(scope.visibleUnitIds(actor), false).stream()
                .map(o -> new FormField.Option(Long.toString(o.id()), o.name())).toList();
    }

    /**
     * Who recorded at the hearing: the officers in post, the 记录员 the 听证通知书 named first (marked), none chosen
     * beforehand — the officer confirms the scheduled one by choosing them, or chooses another.
     */
    private static List<FormField.Option> hearingRecorders(CaseDetail d, Actor actor, OfficerDirectory officers,
            DataScope scope) {
        JsonNode scheduled = d.notice().path("hearing").path("recorder").path("officerId");
        String first = scheduled.isMissingNode() || scheduled.isNull() ? null : scheduled.asString();
        List<FormField.Option> out = new java.util.ArrayList<>();
        for (FormField.Option o : inPost(actor, officers, scope)) {
            if (o.value().equals(first)) {
                out.add(0, new FormField.Option(o.value(), o.label() + "（听证通知书所列记录员）"));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    private static List<FormField.Option> others(CaseDetail d, Actor actor, OfficerDirectory officers, DataScope scope) {
        var on = d.officers().stream().map(CaseDetail.OfficerLine::officerId).toList();
        return officers.inPost(scope.visibleUnitIds(actor), false).stream().filter(o -> !on.contains(o.id()))
                .map(o -> new FormField.Option(Long.toString(o.id()), o.name())).toList();
    }

    private static List<FormField.Option> statements(JsonNode notice) {
        List<FormField.Option> out = new java.util.ArrayList<>();
        for (JsonNode s : notice.path("statements")) {
            if (s.path("review").isNull() || s.path("review").isMissingNode()) {
                String text = s.path("text").asString();
                out.add(new FormField.Option(s.path("no").asString(), "第" + s.path("no").asString() + "项（"
                        + s.path("statedBy").asString() + "）：" + (text.length() > 30 ? text.substring(0, 30) + "…" : text)));
            }
        }
        return out;
    }

    /** The measures not released; to extend: only seizures (行政强制措施) whose term was not extended yet. */
    private static List<FormField.Option> measures(JsonNode investigation, boolean toExtend) {
        List<FormField.Option> out = new java.util.ArrayList<>();
        java.util.Set<String> extended = new java.util.HashSet<>();
        investigation.path("measureExtensions").forEach(e -> extended.add(e.path("number").asString()));
        for (JsonNode m : investigation.path("measures")) {
            if (toExtend && (!"COMPULSORY_MEASURE".equals(m.path("clockKind").asString())
                    || extended.contains(m.path("number").asString()))) {
                continue;
            }
            if (m.path("releasedOn").isNull() || m.path("releasedOn").isMissingNode()) {
                out.add(new FormField.Option(m.path("number").asString(), m.path("number").asString() + "（"
                        + m.path("startedOn").asString() + "起）"));
            }
        }
        return out;
    }

    private static List<FormField.Option> earlier(CaseDetail d) {
        Procedure p = Procedure.valueOf(d.procedure());
        CaseState current = CaseState.valueOf(d.state());
        return p.states().stream().filter(s -> p.isEarlier(s, current) && s != CaseState.REGISTERED)
                .filter(s -> current.beforeDecision() || !s.beforeDecision())
                .map(s -> new FormField.Option(s.name(), s.label())).toList();
    }
}
