package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "now" and "today": Beijing time, replaced by a clock a test declares (with @Import). */
class TimeConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock testClock() {
            return Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ChinaTime.ZONE);
        }
    }

    @Test
    void the_clock_tells_beijing_time() {
        new ApplicationContextRunner().withUserConfiguration(TimeConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(Clock.class);
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ChinaTime.ZONE);
        });
    }

    @Test
    void a_clock_declared_by_a_test_replaces_it() {
        new ApplicationContextRunner().withUserConfiguration(FixedClock.class, TimeConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(Clock.class);
            // 16:30 UTC on New Year's Eve is already 1 January in Beijing.
            assertThat(LocalDate.now(context.getBean(Clock.class))).isEqualTo(LocalDate.of(2027, 1, 1));
        });
    }
}
