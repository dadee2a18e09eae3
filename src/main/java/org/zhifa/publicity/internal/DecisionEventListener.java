package org.zhifa.publicity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.PenaltyDecisionRevoked;

/**
 * Listens to the cases module. Synchronous and inside the deciding transaction on purpose: a decision without its
 * publication record (and its legal clock) must not be committed.
 */
@Component
class DecisionEventListener {

    private final PublicationService publications;

    DecisionEventListener(PublicationService publications) {
        this.publications = publications;
    }

    @EventListener
    void on(PenaltyDecisionMade event) {
        publications.draftFrom(event);
    }

    @EventListener
    void on(PenaltyDecisionRevoked event) {
        publications.revoked(event);
    }
}
