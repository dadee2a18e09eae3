package org.zhifa.nonsite.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.nonsite.NonSiteProperties;

/**
 * Keeps monthly partitions of the detection tables ahead of time (at start and daily). A month whose records already
 * sit in the default partition (late or early outliers) gets its partition too: the rows move in the same
 * transaction. Instances serialise on an advisory lock so that only one creates a partition. The partition is created
 * by the database function {@code nonsite_ensure_month_partition} with the schema owner's rights (V71).
 */
@Component
@Order(5)
public class PartitionMaintainer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintainer.class);
    private static final List<String> TABLES = List.of("nonsite_detection", "nonsite_passage_key");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("'y'yyyy'm'MM");
    private static final long LOCK = 0x6e6f6e73697465L; // "nonsite"

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final NonSiteProperties properties;
    private final Clock clock;

    PartitionMaintainer(JdbcClient jdbc, TransactionTemplate tx, NonSiteProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(YearMonth.now(clock));
    }

    @SchedulerLock(name = "nonsite.partitions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "0 17 1 * * *", zone = "Asia/Shanghai")
    void daily() {
        ensure(YearMonth.now(clock));
    }

    /** Creates the partitions around a month; also those needed by rows waiting in the default partitions. */
    public void ensure(YearMonth around) {
        for (int i = -properties.partitionMonthsBack(); i <= properties.partitionMonthsAhead(); i++) {
            ensureMonth(around.plusMonths(i));
        }
        for (String table : TABLES) {
            List<LocalDate> waiting = jdbc.sql("select distinct date_trunc('month', detected_at at time zone 'Asia/Shanghai')::date from "
                    + table + "_default").query(LocalDate.class).list();
            waiting.forEach(d -> ensureMonth(YearMonth.from(d)));
        }
    }

    public void ensureMonth(YearMonth month) {
        for (String table : TABLES) {
            String name = table + "_" + month.format(SUFFIX);
            tx.executeWithoutResult(s -> {
                jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query((rs, n) -> 1).list();
                boolean exists = jdbc.sql("select to_regclass(:n) is not null").param("n", name).query(Boolean.class).single();
                if (exists) {
                    return;
                }
                // created by the schema's owner (V71): the application's database role owns no table
                int moved = jdbc.sql("select nonsite_ensure_month_partition(:t, :m)").param("t", table)
                        .param("m", month.atDay(1)).query(Integer.class).single();
                log.info("已创建分区 {}（迁入默认分区中的 {} 条记录）", name, moved);
            });
        }
    }
}
