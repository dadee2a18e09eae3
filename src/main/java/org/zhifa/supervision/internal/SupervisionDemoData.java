package org.zhifa.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.identity.Role;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;

/**
 * Demo case-file evaluation ({@code zhifa.demo-data=true}): supervisor1 of the supervision bureau starts the year's
 * campaign over the files closed since 1 January and draws it, through {@link Campaigns} as on the campaign page, so
 * that the action-plan ledger's evaluation task is met from the demo data. supervisor1 is the only evaluator (the
 * bureau handles no case, so no file is barred). Runs after the demo cases, once a year: nothing happens when a
 * campaign of the year exists.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class SupervisionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);

    /** The demo campaign's title ends with this mark, as all demo records do. */
    static final String DEMO_MARK = "（演示）";

    private final Campaigns campaigns;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionDemoData(Campaigns campaigns, UserDirectory users, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        int year = today.getYear();
        if (jdbc.sql("select count(*) from eval_campaign where year = :y").param("y", year).query(Long.class)
                .single() > 0) {
            return;
        }
        var supervisor = users.findByUsername("supervisor1").filter(u -> u.hasRole(Role.SUPERVISOR));
        if (supervisor.isEmpty()) {
            return;
        }
        Actor actor = new DemoActor(supervisor.get());
        try {
            Campaigns.Campaign c = campaigns.start(actor, new Campaigns.StartRequest(year + "年度行政处罚案卷评查" + DEMO_MARK,
                    year, LocalDate.of(year, 1, 1), today, List.of("supervisor1")));
            c = campaigns.draw(actor, c.id());
            log.info("已开展演示案卷评查活动 {}（总体 {} 件）", c.number(), c.population());
        } catch (RuntimeException e) {
            log.warn("演示案卷评查活动未能生成：{}", e.getMessage());
        }
    }

    /** supervisor1 acting on the demo campaign. */
    private record DemoActor(UserView user) implements Actor {

        @Override
        public long userId() {
            return user.id();
        }

        @Override
        public String username() {
            return user.username();
        }

        @Override
        public String displayName() {
            return user.displayName();
        }

        @Override
        public long unitId() {
            return user.unitId();
        }

        @Override
        public String unitName() {
            return user.unitName();
        }

        @Override
        public Set<String> roleCodes() {
            return user.roles().stream().map(Role::name).collect(Collectors.toSet());
        }
    }
}
