package org.zhifa.cases.internal;

import java.util.List;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.common.Actor;
import org.zhifa.identity.Role;

/** The steps the actor may ask for in the case's current state (role and handler; guards run when asked). */
final class NextActions {

    private NextActions() {
    }

    static List<NextAction> of(PenaltyCase kase, Actor actor, CaseFacts facts, ProcedureCatalog catalog) {
        if (kase.readOnly()) {
            return List.of();
        }
        boolean handler = isHandler(kase, actor, facts);
        return catalog.definition(kase.procedure()).from(kase.state()).stream()
                .filter(t -> t.roles().stream().map(Role::name).anyMatch(actor::hasRole))
                .filter(t -> !t.handlerOnly() || handler)
                .filter(t -> catalog.step(t.name()).map(s -> s.offeredOn(kase)).orElse(true))
                .map(NextActions::action).toList();
    }

    static NextAction action(Transition t) {
        return new NextAction(t.name(), t.label(), t.destructive());
    }

    static boolean isHandler(PenaltyCase kase, Actor actor, CaseFacts facts) {
        if (kase.handledByUser(actor.userId())) {
            return true;
        }
        Long officerId = facts.officerIdOfUser(actor.userId());
        return kase.handledBy(officerId);
    }
}
