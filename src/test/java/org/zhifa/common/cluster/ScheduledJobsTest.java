package org.zhifa.common.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * Several instances on one database run each scheduled job once: every {@code @Scheduled} method of the application
 * takes its own ShedLock lock (V142), and a firing while another instance holds the lock does nothing.
 */
@ZhifaIntegrationTest
class ScheduledJobsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EventRedelivery redelivery;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_scheduled_job_takes_its_own_lock_across_instances() {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean);
            if (type == null || !type.getName().startsWith("org.zhifa.")) {
                continue;
            }
            for (Method m : ReflectionUtils.getUniqueDeclaredMethods(ClassUtils.getUserClass(type))) {
                if (!AnnotatedElementUtils.hasAnnotation(m, Scheduled.class)) {
                    continue;
                }
                String where = ClassUtils.getUserClass(type).getSimpleName() + "." + m.getName();
                scheduled.add(where);
                SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    unlocked.add(where);
                } else if (!names.add(lock.name())) {
                    duplicates.add(lock.name());
                }
            }
        }
        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(11).contains("EventRedelivery.redeliver",
                "ClockSweep.scheduled", "SelfAudit.scheduled");
        assertThat(unlocked).isEmpty();
        assertThat(duplicates).isEmpty();
    }

    private String holder() {
        return jdbc.sql("select locked_by from shedlock where name = 'common.event-redelivery'").query(String.class)
                .single();
    }

    @Test
    void a_job_whose_lock_another_instance_holds_is_skipped_and_runs_once_the_lock_ended() {
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('common.event-redelivery', timezone('utc', now()) + interval '1 hour', timezone('utc', now()),
                        'another-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                        locked_by = excluded.locked_by""").update();

        redelivery.redeliver();
        assertThat(holder()).isEqualTo("another-instance");

        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' "
                + "where name = 'common.event-redelivery'").update();
        redelivery.redeliver();
        assertThat(holder()).isNotEqualTo("another-instance").isNotBlank();
    }
}
