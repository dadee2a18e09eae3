package org.zhifa.cases.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.ProcedureDefinition;
import org.zhifa.cases.steps.CaseStep;

/**
 * The procedures as data, derived from the step classes: each step bean declares its transition and the procedures it
 * belongs to. The public flowchart (GET /api/public/procedure), the case page's actions and the engine all read this.
 */
@Component
public class ProcedureCatalog {

    private final Map<String, CaseStep<?>> steps = new LinkedHashMap<>();
    private final Map<Procedure, ProcedureDefinition> definitions = new EnumMap<>(Procedure.class);

    ProcedureCatalog(List<CaseStep<?>> beans) {
        for (CaseStep<?> s : beans) {
            if (steps.put(s.name(), s) != null) {
                throw new IllegalStateException("two step classes named " + s.name());
            }
        }
        Arrays.stream(Procedure.values()).forEach(p -> definitions.put(p, new ProcedureDefinition(p, p.version(),
                p.states(), steps.values().stream().map(CaseStep::transition)
                        .filter(t -> t.procedures().contains(p)).toList())));
    }

    public Optional<CaseStep<?>> step(String name) {
        return Optional.ofNullable(steps.get(name));
    }

    public ProcedureDefinition definition(Procedure p) {
        return definitions.get(p);
    }

    public List<CaseStep<?>> steps() {
        return List.copyOf(steps.values());
    }
}
