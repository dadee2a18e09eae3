package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.zhifa.cases.domain.CreditCode;
import org.zhifa.cases.domain.TransitionRequest;
import org.zhifa.common.Actor;
import org.zhifa.identity.Role;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;
import org.zhifa.personnel.IdCardNumber;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo cases ({@code zhifa.demo-data=true}): about thirty fictitious cases of the 德令哈 and 格尔木 brigades in every
 * stage, walked through the real engine (guards, clocks, documents) so that they are consistent. Party names say
 * 演示, ID numbers use the non-existent area code 632890. Runs once: nothing happens when any case exists.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseRegistration registration;
    private final FieldPenalty field;
    private final CaseWorkflow workflow;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(CaseRegistration registration, FieldPenalty field, CaseWorkflow workflow, UserDirectory users,
            JdbcClient jdbc, Clock clock) {
        this.registration = registration;
        this.field = field;
        this.workflow = workflow;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Step(String user, String name, Map<String, Object> body) {
    }

    /** The ordinary path as far as a demo case goes; each case stops after a number of these steps. */
    private static List<Step> path() {
        return List.of(
                new Step("officer1", "submit-filing", Map.of()),
                new Step("head1", "approve-filing", Map.of()),
                new Step("officer1", "record-investigation", Map.of("recordKind", "INQUIRY", "content", "当事人承认在公路上堆放砂石（演示）")),
                new Step("officer1", "conclude-investigation", Map.of("penaltyKinds", List.of("FINE"), "amountYuan", 1500)),
                new Step("officer1", "submit-review", Map.of()),
                new Step("head1", "approve-notice", Map.of()),
                new Step("officer1", "serve-notice", Map.of()),
                new Step("officer1", "waive", Map.of()),
                new Step("officer1", "ready-for-decision", Map.of()),
                new Step("head1", "decide", Map.of()),
                new Step("officer1", "serve-decision", Map.of("serviceMethod", "DIRECT")),
                new Step("officer1", "record-payment", Map.of("amountYuan", 1500, "paymentChannel", "BANK", "paymentReference", "演示-0001")),
                new Step("officer1", "close", Map.of()),
                new Step("officer1", "archive", Map.of()));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from penalty_case").query(Long.class).single() > 0) {
            return;
        }
        int[] stops = {0, 0, 0, 1, 1, 2, 3, 3, 4, 5, 5, 7, 8, 9, 10, 11, 11, 12, 13, 14, 14, 14};
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
            Map<String, Object> d = draft(i, act, "officer2");
            long id = registration.register(toDraft(d), actor("officer1")).id();
            List<Step> steps = path();
            for (int k = 0; k < stop; k++) {
                Step s = steps.get(k);
                Map<String, Object> body = new HashMap<>(s.body());
                body.put("version", jdbc.sql("select version from penalty_case where id = :id").param("id", id)
                        .query(Integer.class).single());
                body.put("date", act.plusDays(k < 9 ? k : k + 3L).toString());
                workflow.perform(id, s.name(), JSON.convertValue(body, TransitionRequest.class), actor(s.user()));
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
            Map<String, Object> d = draft(100 + i, LocalDate.now(clock), gelmud ? null : "officer2");
            d.put("penaltyKinds", List.of(i % 3 == 0 ? "WARNING" : "FINE"));
            d.put("amountYuan", i % 3 == 0 ? 0 : 50 + i * 30);
            d.put("partySigned", true);
            d.put("partyStatement", "无异议（演示）");
            if (gelmud) {
                d.put("officerIds", officerIds(21));
            }
            field.decide(toDraft(d), actor(gelmud ? "officer3" : "officer1"));
            return true;
        } catch (RuntimeException e) {
            log.warn("演示当场处罚 {} 未能生成：{}", i, e.getMessage());
            return false;
        }
    }

    private boolean gelmud(int i, LocalDate act) {
        try {
            Map<String, Object> d = draft(200 + i, act, null);
            d.put("officerIds", officerIds(21));
            registration.register(toDraft(d), actor("officer3"));
            return true;
        } catch (RuntimeException e) {
            log.warn("演示案件（格尔木）{} 未能生成：{}", i, e.getMessage());
            return false;
        }
    }

    private List<Long> officerIds(long unitId) {
        return jdbc.sql("""
                select o.id from officer o where o.unit_id = :u and o.kind = 'OFFICER' and o.status = 'ACTIVE'
                  and exists (select 1 from enforcement_certificate c where c.officer_id = o.id and c.state = 'VALID'
                              and c.expires_on > current_date + 60)
                order by o.id limit 2
                """).param("u", unitId).query(Long.class).list();
    }

    private Map<String, Object> draft(int i, LocalDate act, String colleague) {
        Map<String, Object> d = new HashMap<>();
        boolean organisation = i % 4 == 3;
        d.put("source", i % 5 == 4 ? "REPORT" : "INSPECTION");
        d.put("violationCodes", List.of(i % 2 == 0 ? "GLF-77-1" : "GLAQ-69"));
        d.put("discretionFacts", Map.of("damage_area_m2", 8 + i % 10, "traffic_affected", false));
        d.put("actDate", act.toString());
        d.put("discoveredOn", act.toString());
        d.put("place", (i % 2 == 0 ? "G315线 K" : "G109线 K") + (640 + i * 3) + "+" + (100 + i * 10 % 900));
        d.put("facts", "演示数据：车辆装载砂石遗洒、在公路上堆放物品，造成路面污染约" + (8 + i % 10) + "平方米");
        d.put("partyKind", organisation ? "ORGANISATION" : "CITIZEN");
        d.put("partyName", organisation ? "演示物流有限公司" + (char) ('甲' + i % 10) : "演示当事人" + (i + 1));
        d.put("partyIdNumber", organisation ? creditCode(i) : idNumber(i));
        d.put("partyAddress", "青海省海西州演示路" + (i + 1) + "号");
        d.put("partyPhone", "1390977" + String.format("%04d", 1000 + i));
        d.put("plateNumber", "青H" + String.format("%05d", 81000 + i));
        if (colleague != null) {
            d.put("officerIds", jdbc.sql("select o.id from officer o where o.user_id = :u")
                    .param("u", users.findByUsername(colleague).orElseThrow().id()).query(Long.class).list());
        }
        return d;
    }

    private static String idNumber(int i) {
        String first17 = "632890" + (1970 + i % 30) + String.format("%02d", 1 + i % 12) + "1" + (i % 9) + String.format("%03d", 500 + i);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String creditCode(int i) {
        String first17 = "91632800" + String.format("%09d", 710000 + i).replace('0', 'A').substring(0, 9);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static CaseDraft toDraft(Map<String, Object> d) {
        return JSON.convertValue(d, CaseDraft.class);
    }

    private Actor actor(String username) {
        UserView u = users.findByUsername(username).orElseThrow();
        Set<String> roles = u.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new Actor() {
            public long userId() { return u.id(); }
            public String username() { return u.username(); }
            public String displayName() { return u.displayName(); }
            public long unitId() { return u.unitId(); }
            public String unitName() { return u.unitName(); }
            public Set<String> roleCodes() { return roles; }
        };
    }

}
