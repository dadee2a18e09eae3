package org.zhifa.common.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one mechanism that makes each {@code @Scheduled} job run once across instances on one database: ShedLock's
 * {@code @SchedulerLock} on every scheduled method (checked by {@code ScheduledJobsTest}), a row per job in
 * {@code shedlock} (V142). An instance whose job fires while another holds the row skips that firing. Times are the
 * database's ({@code usingDbTime}), so instances with slightly different clocks agree on when a lock ends.
 *
 * <p>Per job: {@code lockAtMostFor} is how long a crashed holder blocks the job (longer than a run takes);
 * {@code lockAtLeastFor} keeps the lock after a short run, so that an instance whose clock fires the same cron a few
 * seconds later does not run it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
