package org.zhifa.common.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of running several instances on one database.
 *
 * @param eventRedeliveryInterval how often failed or interrupted deliveries of events to listeners in other modules
 *                                are handed to their listener again (zhifa's choice: a closing case's notice clock
 *                                must start within minutes, not hours)
 * @param eventStaleAfter         a delivery that has not completed this long after it was published or started is
 *                                taken as interrupted (its instance stopped) and redelivered; longer than any
 *                                listener runs (zhifa's listeners take milliseconds)
 */
@ConfigurationProperties("zhifa.cluster")
public record ClusterProperties(Duration eventRedeliveryInterval, Duration eventStaleAfter) {

    public ClusterProperties {
        if (eventRedeliveryInterval == null) {
            eventRedeliveryInterval = Duration.ofMinutes(5);
        }
        if (eventStaleAfter == null) {
            eventStaleAfter = Duration.ofMinutes(10);
        }
    }
}
