package org.zhifa.cases;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the module's published events in tests (a component of the test classpath, so that the shared test
 * context stays the same for every integration test).
 */
@Component
class RecordedCaseEvents {

    final List<Object> received = new CopyOnWriteArrayList<>();

    @EventListener
    void decision(PenaltyDecisionMade e) {
        received.add(e);
    }

    @EventListener
    void closed(CaseClosed e) {
        received.add(e);
    }
}
