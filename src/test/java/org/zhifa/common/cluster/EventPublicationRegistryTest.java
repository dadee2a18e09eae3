package org.zhifa.common.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseClosed;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.testsupport.Eventually;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * A listener in another module that fails does not lose the event: Spring Modulith's registry keeps the publication
 * (event_publication, V141) and {@link EventRedelivery} hands it to the listener again; the listeners that succeeded
 * (here the home-authority notice of nonsite, 62号令) are done once and their publications are gone.
 */
@ZhifaIntegrationTest
class EventPublicationRegistryTest {

    @Autowired
    FailingOnceListener listener;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private long pending(String listenerClass) {
        return jdbc.sql("select count(*) from event_publication where listener_id like :l and completion_date is null")
                .param("l", "%" + listenerClass + "%").query(Long.class).single();
    }

    @Test
    void an_event_whose_listener_failed_is_kept_and_delivered_again() {
        long caseId = 910_000_000L + System.nanoTime() % 1_000_000;
        listener.failOnce(caseId);
        transactions.executeWithoutResult(t -> events.publishEvent(new CaseClosed(caseId, "德交执罚〔2025〕77号", 11,
                LocalDate.of(2025, 9, 26), "NONSITE", "青H12345", Set.of("M-CX-01"), Set.of("CX-43-M"),
                DecisionOutcome.PENALTY)));

        // the failing listener ran once and threw: its publication stays, marked failed
        Eventually.holds(() -> {
            assertThat(listener.attempts(caseId)).isEqualTo(1);
            assertThat(jdbc.sql("select status from event_publication where listener_id like '%FailingOnceListener%' "
                    + "and serialized_event like :c").param("c", "%" + caseId + "%").query(String.class).list())
                    .containsExactly("FAILED");
        });
        assertThat(listener.completed(caseId)).isFalse();
        // the other module's listener completed: its notice clock runs, its publication was removed
        Eventually.holds(() -> {
            assertThat(jdbc.sql("select count(*) from nonsite_home_notice where case_id = :c").param("c", caseId)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(pending("HomeAuthorityNotices")).isZero();
        });

        redelivery.redeliver();

        Eventually.holds(() -> {
            assertThat(listener.completed(caseId)).isTrue();
            assertThat(pending("FailingOnceListener")).isZero();
        });
        assertThat(listener.attempts(caseId)).isEqualTo(2);
    }
}
