package org.zhifa.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.personnel.OfficerView;
import org.zhifa.workbench.TodoItem;
import org.zhifa.workbench.TodoSource;

/**
 * The training work waiting for a person: an officer's own annual hours still short of the target (方案第2条) and the
 * rotation campaigns they have not attended yet (方案第3条); a unit head's units without this year's training plan
 * (方案第2条) and the campaigns their units have not finished. Done: the sessions and plans the head recorded lately.
 */
@Component
class TrainingTodos implements TodoSource {

    private static final String HOURS = "培训学时";
    private static final String ROTATION = "全员轮训";
    private static final String PLAN = "年度培训计划";

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final LedgerService ledger;
    private final PlanService plans;
    private final CampaignService campaigns;
    private final Clock clock;

    TrainingTodos(JdbcClient jdbc, TrainingAccess access, LedgerService ledger, PlanService plans,
            CampaignService campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ledger = ledger;
        this.plans = plans;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todos(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<TodoItem> items = new ArrayList<>();
        // campaigns of this year or later: earlier ones are history, not work
        List<CampaignService.Campaign> current = campaigns.all().stream().filter(c -> c.deadline().getYear() >= year)
                .toList();
        access.self(actor).filter(o -> !o.auxiliary()).ifPresent(o -> own(o, year, current, items));
        if (actor.hasRole("UNIT_HEAD")) {
            head(actor, year, current, items);
        }
        return items;
    }

    private void own(OfficerView o, int year, List<CampaignService.Campaign> current, List<TodoItem> items) {
        LedgerLine line = ledger.line(o, year);
        if (line.belowTarget()) {
            items.add(TodoItem.waiting(HOURS, year + " 年度法律、业务和技能培训 " + TrainingTargetPolicy.plain(line.counted())
                    + " / " + TrainingTargetPolicy.plain(line.target()) + " 学时", "尚缺 " + line.missingLabel()
                    + " 学时，参加培训（" + TrainingTargetPolicy.ARTICLE + "）", "/training/ledger/officers/" + o.id()
                    + "?year=" + year, LocalDate.of(year, 12, 31)));
        }
        if (current.isEmpty()) {
            return;
        }
        Set<Long> attended = new HashSet<>(jdbc.sql("""
                select distinct s.campaign_id from training_attendance a join training_session s on s.id = a.session_id
                where a.officer_id = ? and s.campaign_id is not null""").param(o.id()).query(Long.class).list());
        for (CampaignService.Campaign c : current) {
            if (!attended.contains(c.id())) {
                items.add(TodoItem.waiting(ROTATION, c.title(), "尚未参加，参加轮训（方案第3条）", "/training/rotations/" + c.id(),
                        c.deadline()));
            }
        }
    }

    private void head(Actor actor, int year, List<CampaignService.Campaign> current, List<TodoItem> items) {
        List<PlanService.PlanStatus> missing = plans.statuses(actor, year).stream()
                .filter(s -> s.editable() && s.plan() == null).toList();
        if (!missing.isEmpty()) {
            String units = String.join("、", missing.stream().limit(3).map(PlanService.PlanStatus::unitName).toList())
                    + (missing.size() > 3 ? " 等 " + missing.size() + " 个单位" : "");
            items.add(TodoItem.queue(PLAN, units + " 尚未登记 " + year + " 年度培训计划", "制定并登记（方案第2条）",
                    "/training/plans?year=" + year, missing.get(0).dueOn(), missing.size()));
        }
        for (CampaignService.Campaign c : current) {
            var open = campaigns.coverage(actor, c.id()).stream()
                    .filter(cv -> cv.trained() < cv.officers() && access.edits(actor, cv.unitId())).toList();
            if (!open.isEmpty()) {
                int untrained = open.stream().mapToInt(cv -> cv.officers() - cv.trained()).sum();
                items.add(TodoItem.queue(ROTATION, c.title() + "：" + open.size() + " 个单位尚有 " + untrained + " 人未参训",
                        "组织未参训人员参加轮训（方案第3条）", "/training/rotations/" + c.id(), c.deadline(), untrained));
            }
        }
        Timestamp since = Timestamp.from(clock.instant().minus(TodoItem.DONE_DAYS, ChronoUnit.DAYS));
        int sessions = jdbc.sql("select count(*) from training_session where created_by = ? and created_at >= ?")
                .params(actor.username(), since).query(Integer.class).single();
        if (sessions > 0) {
            items.add(TodoItem.handledMany("教育培训", "近 " + TodoItem.DONE_DAYS + " 日登记的培训 " + sessions + " 次", "已登记",
                    "/training/sessions", sessions));
        }
    }
}
