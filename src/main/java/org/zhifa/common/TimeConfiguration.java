package org.zhifa.common;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock zhifa reads "now" and "today" from: Beijing time. Tests that need a fixed or movable time declare
 * their own {@link Clock} bean, which replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
