package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.identity.UserDirectory;

/**
 * Demo cases ({@code zhifa.demo-data=true}): about thirty fictitious cases of the 德令哈 and 格尔木 brigades in every
 * stage, each created and walked through the engine with the same typed inputs an officer enters (guards, clocks,
 * documents), so that they are consistent. Every fact says 演示; party ID numbers use the non-existent area code
 * 632890; acts lie in the past, so the entries are marked 补录 with the reason “演示数据”. Runs once: nothing happens
 * when any case exists.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseWorkflow workflow;
    private final DemoInputs inputs;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(CaseWorkflow workflow, UserDirectory users, JdbcClient jdbc, Clock clock) {
        this.workflow = workflow;
        this.inputs = new DemoInputs(users, jdbc);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from penalty_case").query(Long.class).single() > 0) {
            return;
        }
        int[] stops = {0, 0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 16};
        int made = 0;
        LocalDate start = LocalDate.of(2026, 5, 4);
        for (int i = 0; i < stops.length; i++) {
            made += ordinary(i, start.plusDays(i * 7L), stops[i]) ? 1 : 0;
        }
        for (int i = 0; i < 6; i++) {
            made += simplified(i) ? 1 : 0;
        }
        for (int i = 0; i < 3; i++) {
            made += gelmud(i, start.plusDays(30L + i * 20)) ? 1 : 0;
        }
        log.info("已创建演示案件 {} 件（虚构当事人）", made);
    }

    private boolean ordinary(int i, LocalDate act, int stop) {
        try {
            long id = workflow.open(workflow.step("register"), inputs.register(i, act, "officer2", 11),
                    inputs.actor("officer1")).caseId();
            List<DemoInputs.Step> path = inputs.ordinaryPath(i, act);
            for (int k = 0; k < stop && k < path.size(); k++) {
                DemoInputs.Step s = path.get(k);
                workflow.perform(id, workflow.step(s.name()), s.input().apply(inputs.version(id)), inputs.actor(s.user()));
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("演示案件 {} 未能完整生成：{}", i, e.getMessage());
            return false;
        }
    }

    private boolean simplified(int i) {
        try {
            boolean gelmud = i >= 4;
            LocalDate today = LocalDate.now(clock);
            workflow.open(workflow.step("decide-on-the-spot"), inputs.onTheSpot(100 + i, today, gelmud),
                    inputs.actor(gelmud ? "officer3" : "officer1"));
            return true;
        } catch (RuntimeException e) {
            log.warn("演示当场处罚 {} 未能生成：{}", i, e.getMessage());
            return false;
        }
    }

    private boolean gelmud(int i, LocalDate act) {
        try {
            workflow.open(workflow.step("register"), inputs.register(200 + i, act, null, 21), inputs.actor("officer3"));
            return true;
        } catch (RuntimeException e) {
            log.warn("演示案件（格尔木）{} 未能生成：{}", i, e.getMessage());
            return false;
        }
    }
}
