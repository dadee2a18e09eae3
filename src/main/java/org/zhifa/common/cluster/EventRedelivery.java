package org.zhifa.common.cluster;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every failed delivery in Spring Modulith's event publication registry ({@code event_publication}, V141) to its
 * listener again. A delivery fails when its listener throws, or is marked failed by the registry's staleness check
 * when it was interrupted ({@code spring.modulith.events.staleness.*} = {@code zhifa.cluster.event-stale-after}). The
 * listeners are idempotent, so a delivery repeated by a second instance adds nothing.
 */
@Component
public class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final FailedEventPublications failed;

    EventRedelivery(FailedEventPublications failed) {
        this.failed = failed;
    }

    @SchedulerLock(name = "common.event-redelivery", lockAtLeastFor = "PT0S", lockAtMostFor = "PT30M")
    @Scheduled(fixedDelayString = "${zhifa.cluster.event-redelivery-interval:5m}",
            initialDelayString = "${zhifa.cluster.event-redelivery-interval:5m}")
    public void redeliver() {
        try {
            failed.resubmit(ResubmissionOptions.defaults());
        } catch (RuntimeException e) {
            log.warn("重新投递未完成的事件失败，下次再试：{}", e.toString());
        }
    }
}
