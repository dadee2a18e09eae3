package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.WorkingDayCalendar;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.inspection.InspectionOutcome;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * Records an inspection exactly as the officers entered it: the object and items (a drawn task's plan items, or items
 * of the published list), the day and times, the place, the two officers (eligible on that day), the answers, the
 * representative's signature or refusal, the photos and videos, the outcome; then issues the 现场检查笔录 from those
 * facts, applies the outcome and starts the publication clock.
 */
@Service
public class InspectionRecords {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final DrawTasks tasks;
    private final InspectionPlans plans;
    private final TargetDirectory targets;
    private final SpotCheckItems items;
    private final OfficerEligibility eligibility;
    private final InspectionProperties settings;
    private final WorkingDayCalendar calendar;
    private final InspectionEvidence evidence;
    private final InspectionOutcomes outcomes;
    private final InspectionQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionRecords(JdbcClient jdbc, InspectionAccess access, DrawTasks tasks, InspectionPlans plans,
            TargetDirectory targets, SpotCheckItems items, OfficerEligibility eligibility,
            InspectionProperties settings, WorkingDayCalendar calendar, InspectionEvidence evidence,
            InspectionOutcomes outcomes, InspectionQueries queries, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.tasks = tasks;
        this.plans = plans;
        this.targets = targets;
        this.items = items;
        this.eligibility = eligibility;
        this.settings = settings;
        this.calendar = calendar;
        this.evidence = evidence;
        this.outcomes = outcomes;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is inspected: a drawn task, a follow-up of an order to correct, or another inspection. */
    record Subject(String kind, Task task, Plan plan, Target target, List<SpotCheckItem> items, Inspection original) {
    }

    /** The subject of an input as the actor may inspect it (also used by the form page to show the checklist). */
    public Subject subject(InspectionInput in, Actor actor) {
        if (in.taskId() != null) {
            Task task = tasks.find(in.taskId(), actor);
            Plan plan = plans.require(task.planId());
            Target target = targets.require(task.targetId());
            return new Subject("RANDOM", task, plan, target,
                    plan.items().stream().filter(i -> i.targetKind() == target.kind()).toList(), null);
        }
        if (in.followUpOf() != null) {
            Inspection original = queries.find(in.followUpOf(), actor);
            return new Subject("FOLLOW_UP", null, null, targets.require(original.targetId()),
                    items.byIds(original.itemIds()), original);
        }
        if (in.targetId() == null) {
            throw new InvalidInputException("请选择检查对象", Map.of("targetId", "请选择检查对象"));
        }
        Target target = targets.find(in.targetId(), actor);
        List<SpotCheckItem> chosen = in.itemIds() == null ? List.of() : items.byIds(in.itemIds());
        if (chosen.isEmpty()) {
            throw new InvalidInputException("请选择抽查事项", Map.of("itemIds", "请选择抽查事项"));
        }
        for (SpotCheckItem i : chosen) {
            if (!i.published()) {
                throw Rejection.of(SpotCheckItems.LIST_RULE, "只能检查已公布的抽查事项清单内的事项：“" + i.name() + "”").exception();
            }
            if (i.targetKind() != target.kind()) {
                throw new InvalidInputException("事项“" + i.name() + "”不适用于" + target.kind().label(),
                        Map.of("itemIds", "事项不适用于该类对象"));
            }
        }
        return new Subject("OTHER", null, null, target, chosen, null);
    }

    @Transactional
    public Inspection record(InspectionInput in, List<Upload> uploads, Actor actor) {
        access.requireRole(actor, "OFFICER");
        Subject s = subject(in, actor);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        checkTimes(in, today, now, errors);
        checkPlace(in, errors);
        List<InspectionInput.Answer> answers = checkAnswers(in, s.items(), errors);
        checkSignature(in, errors);
        InspectionOutcome outcome = checkOutcome(in, answers, errors);
        List<OfficerView> officers = officers(in.officerIds(), false, "officerIds", errors, actor);
        List<OfficerView> auxiliaries = officers(in.auxiliaryIds(), true, "auxiliaryIds", errors, actor);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        if ("SIGNED".equals(in.signature())) {
            InspectionEvidence.signature(in.signatureImage());
        }
        InspectionEvidence.all(in, uploads);
        applyRules(s, in, officers, actor);

        OffsetDateTime started = in.inspectedOn().atTime(in.startTime()).atZone(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime ended = in.inspectedOn().atTime(in.endTime()).atZone(ChinaTime.ZONE).toOffsetDateTime();
        Integer stake = in.stake() == null || in.stake().isBlank() ? null : StakeNumber.parse(in.stake()).metres();
        var due = ResultPublicationDeadline.of(calendar, in.inspectedOn(), settings.publicationWorkingDays());
        long id = jdbc.sql("""
                insert into inspection (unit_id, target_unit_id, kind, task_id, plan_id, follow_up_of, target_id,
                    target_name, target_kind, item_ids, inspected_on, started_at, ended_at, place, road_code, stake_m,
                    longitude, latitude, officer_ids, officer_names, auxiliary_names, representative_name,
                    representative_role, signature, refusal_reason, refusal_witness, findings, outcome,
                    publication_due, publication_note, recorded_by, recorded_by_name)
                values (:unit, :tunit, :kind, :task, :plan, :orig, :target, :tname, :tkind, cast(:items as bigint[]),
                    :on, :start, :end, :place, :road, :stake, :lon, :lat, cast(:officers as bigint[]), :onames, :anames,
                    :rep, :role, :sig, :refusal, :witness, :findings, :outcome, :due, :dueNote, :by, :byName)
                returning id""")
                .param("unit", actor.unitId()).param("tunit", s.target().unitId()).param("kind", s.kind())
                .param("task", s.task() == null ? null : s.task().id()).param("plan", s.plan() == null ? null : s.plan().id())
                .param("orig", s.original() == null ? null : s.original().id()).param("target", s.target().id())
                .param("tname", s.target().name()).param("tkind", s.target().kind().name())
                .param("items", SqlArrays.bigints(s.items().stream().map(SpotCheckItem::id).toList()))
                .param("on", in.inspectedOn()).param("start", started).param("end", ended)
                .param("place", in.place().strip()).param("road", blank(in.roadCode()) ? null : in.roadCode().strip().toUpperCase())
                .param("stake", stake).param("lon", in.longitude()).param("lat", in.latitude())
                .param("officers", SqlArrays.bigints(officers.stream().map(OfficerView::id).toList()))
                .param("onames", names(officers)).param("anames", auxiliaries.isEmpty() ? null : names(auxiliaries))
                .param("rep", in.representativeName().strip()).param("role", in.representativeRole().strip())
                .param("sig", in.signature()).param("refusal", blank(in.refusalReason()) ? null : in.refusalReason().strip())
                .param("witness", blank(in.refusalWitness()) ? null : in.refusalWitness().strip())
                .param("findings", blank(in.findings()) ? null : in.findings().strip()).param("outcome", outcome.name())
                .param("due", due.date()).param("dueNote", due.basis()).param("by", actor.userId())
                .param("byName", actor.displayName()).query(Long.class).single();
        writeAnswers(id, s.items(), answers);
        Long signatureEvidence = evidence.store(id, in, uploads, started, ended, actor);
        if (signatureEvidence != null) {
            jdbc.sql("update inspection set signature_evidence_id = :e where id = :id").param("e", signatureEvidence)
                    .param("id", id).update();
        }
        outcomes.apply(id, s, in, outcome, officers, auxiliaries, actor);
        if (s.task() != null) {
            tasks.markDone(s.task().id(), id);
        }
        Inspection saved = queries.require(id);
        audit.success("INSPECTION_RECORDED", "INSPECTION", id, s.kind() + " 检查 " + s.target().name() + "，"
                + in.inspectedOn() + "，结论：" + outcome.label());
        return saved;
    }

    private void applyRules(Subject s, InspectionInput in, List<OfficerView> officers, Actor actor) {
        TwoInspectorsRule.check(officers, settings.inspectorsPerObject()).orThrow();
        Set<EnforcementCategory> fields = EnumSet.noneOf(EnforcementCategory.class);
        s.items().forEach(i -> fields.add(i.category()));
        InspectorEligibilityRule.check(eligibility, officers, in.inspectedOn(), fields).orThrow();
        OfficerView me = eligibility.findByUserId(actor.userId()).orElse(null);
        if (me == null || officers.stream().noneMatch(o -> o.id() == me.id())) {
            throw Rejection.of(TwoInspectorsRule.ARTICLE, "检查记录应由参加检查的执法人员本人录入").exception();
        }
        if (s.task() != null) {
            if (!"ASSIGNED".equals(s.task().status())) {
                throw Rejection.of(InspectionDraws.DRAW_RULE, "该抽取任务" + s.task().statusLabel() + "，不能再录入检查").exception();
            }
            Set<Long> drawn = new HashSet<>(s.task().officers().stream().map(Task.Officer::id).toList());
            if (!drawn.equals(new HashSet<>(officers.stream().map(OfficerView::id).toList()))) {
                throw Rejection.of(InspectionDraws.DRAW_RULE, "检查人员应为随机抽取的人员：" + s.task().officerNames()
                        + "（人员变更须办理回避并重新抽取替换人员）").exception();
            }
            if (in.inspectedOn().isBefore(s.plan().windowStart()) || in.inspectedOn().isAfter(s.plan().windowEnd())) {
                throw Rejection.of(InspectionPlans.PLAN_RULE, "检查日期应在抽查计划的检查期间内（" + s.plan().windowStart()
                        + " 至 " + s.plan().windowEnd() + "）").exception();
            }
        }
        if (s.original() != null) {
            if (!"RUNNING".equals(s.original().correctionState()) && !"OVERDUE".equals(s.original().correctionState())) {
                throw Rejection.of(InspectionOutcomes.CORRECTION_RULE, "该检查没有待复查的责令改正").exception();
            }
            if (!in.inspectedOn().isAfter(s.original().inspectedOn())) {
                throw new InvalidInputException("复查日期应晚于原检查日期", Map.of("inspectedOn", "复查日期应晚于原检查日期"));
            }
        }
    }

    private static void checkTimes(InspectionInput in, LocalDate today, LocalDateTime now, Map<String, String> errors) {
        if (in.inspectedOn() == null) {
            errors.put("inspectedOn", "请填写检查日期");
        } else if (in.inspectedOn().isAfter(today)) {
            errors.put("inspectedOn", "检查日期不能晚于今天");
        }
        if (in.startTime() == null) {
            errors.put("startTime", "请填写检查开始时间");
        }
        if (in.endTime() == null) {
            errors.put("endTime", "请填写检查结束时间");
        }
        if (in.startTime() != null && in.endTime() != null && in.endTime().isBefore(in.startTime())) {
            errors.put("endTime", "结束时间不得早于开始时间");
        }
        if (in.inspectedOn() != null && in.endTime() != null && in.inspectedOn().atTime(in.endTime()).isAfter(now)) {
            errors.putIfAbsent("endTime", "结束时间不能晚于现在");
        }
    }

    private static void checkPlace(InspectionInput in, Map<String, String> errors) {
        if (blank(in.place())) {
            errors.put("place", "请填写检查地点");
        } else if (in.place().strip().length() > 300) {
            errors.put("place", "检查地点不超过300字");
        }
        if (!blank(in.stake())) {
            String p = StakeNumber.problem(in.stake());
            if (p != null) {
                errors.put("stake", p);
            }
            if (blank(in.roadCode())) {
                errors.put("roadCode", "填写桩号时请填写路线编号");
            }
        }
        if ((in.longitude() == null) != (in.latitude() == null)) {
            errors.put("longitude", "经度和纬度应同时填写或同时不填");
        }
        if (in.longitude() != null && (in.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            errors.put("longitude", "经度应在 -180 到 180 之间");
        }
        if (in.latitude() != null && (in.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
            errors.put("latitude", "纬度应在 -90 到 90 之间");
        }
    }

    private static List<InspectionInput.Answer> checkAnswers(InspectionInput in, List<SpotCheckItem> items,
            Map<String, String> errors) {
        Map<Long, InspectionInput.Answer> given = new LinkedHashMap<>();
        if (in.answers() != null) {
            in.answers().stream().filter(a -> a != null && a.checklistItemId() != null)
                    .forEach(a -> given.put(a.checklistItemId(), a));
        }
        List<InspectionInput.Answer> out = new ArrayList<>();
        for (SpotCheckItem item : items) {
            for (SpotCheckItem.ChecklistLine line : item.checklist()) {
                InspectionInput.Answer a = given.remove(line.id());
                String key = "answers." + line.id();
                if (a == null || blank(a.answer())) {
                    errors.put(key, "请选择“" + line.text() + "”的检查结果");
                } else if (!Set.of("COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE").contains(a.answer())) {
                    errors.put(key, "“" + line.text() + "”的检查结果应为符合、不符合或不涉及");
                } else if ("NON_COMPLIANT".equals(a.answer()) && blank(a.note())) {
                    errors.put(key, "“" + line.text() + "”不符合时请写明情况");
                } else {
                    out.add(a);
                }
            }
        }
        if (!given.isEmpty()) {
            errors.put("answers", "有不属于本次检查事项的检查内容");
        }
        return out;
    }

    private static void checkSignature(InspectionInput in, Map<String, String> errors) {
        if (blank(in.representativeName())) {
            errors.put("representativeName", "请填写被检查单位在场人员姓名");
        }
        if (blank(in.representativeRole())) {
            errors.put("representativeRole", "请填写在场人员的职务或身份");
        }
        if ("SIGNED".equals(in.signature())) {
            if (blank(in.signatureImage())) {
                errors.put("signatureImage", "请在手机上签名");
            }
        } else if ("REFUSED".equals(in.signature())) {
            if (blank(in.refusalReason())) {
                errors.put("refusalReason", "当事人拒绝签名的，请注明拒签情况");
            }
        } else {
            errors.put("signature", "请选择当事人签名或拒绝签名");
        }
    }

    private static InspectionOutcome checkOutcome(InspectionInput in, List<InspectionInput.Answer> answers,
            Map<String, String> errors) {
        InspectionOutcome outcome = null;
        try {
            outcome = in.outcome() == null ? null : InspectionOutcome.valueOf(in.outcome());
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (outcome == null) {
            errors.put("outcome", "请选择检查结论");
            return null;
        }
        boolean anyNonCompliant = answers.stream().anyMatch(a -> "NON_COMPLIANT".equals(a.answer()));
        if (outcome == InspectionOutcome.NO_PROBLEM && anyNonCompliant) {
            errors.put("outcome", "有不符合的检查内容，结论不能为“未发现问题”");
        }
        if (outcome == InspectionOutcome.CORRECTION) {
            if (!anyNonCompliant) {
                errors.put("outcome", "责令改正须针对不符合的检查内容");
            }
            if (blank(in.correctionRequirement())) {
                errors.put("correctionRequirement", "请填写改正要求");
            }
            if (in.correctionWorkingDays() == null || in.correctionWorkingDays() < 1 || in.correctionWorkingDays() > 250) {
                errors.put("correctionWorkingDays", "请填写改正期限（1 至 250 个工作日）");
            }
        }
        if (outcome == InspectionOutcome.CASE_SOURCE) {
            if (blank(in.violationCode())) {
                errors.put("violationCode", "请选择涉嫌的违法行为");
            }
            if (blank(in.caseFacts())) {
                errors.put("caseFacts", "请填写涉嫌违法的事实");
            }
        }
        return outcome;
    }

    private List<OfficerView> officers(List<Long> ids, boolean auxiliary, String field, Map<String, String> errors,
            Actor actor) {
        List<OfficerView> out = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            if (id == null) {
                continue;
            }
            OfficerView o = eligibility.find(id).orElse(null);
            if (o == null || !access.canSee(actor, o.unitId())) {
                errors.put(field, "人员不存在或不在您的数据范围内：" + id);
            } else if (auxiliary && !o.auxiliary()) {
                errors.put(field, o.name() + " 不是执法辅助人员");
            } else {
                out.add(o);
            }
        }
        if (!auxiliary && out.isEmpty() && !errors.containsKey(field)) {
            errors.put(field, "请选择参加检查的执法人员");
        }
        return out;
    }

    private void writeAnswers(long id, List<SpotCheckItem> items, List<InspectionInput.Answer> answers) {
        Map<Long, InspectionInput.Answer> byLine = new LinkedHashMap<>();
        answers.forEach(a -> byLine.put(a.checklistItemId(), a));
        int position = 1;
        for (SpotCheckItem item : items) {
            for (SpotCheckItem.ChecklistLine line : item.checklist()) {
                InspectionInput.Answer a = byLine.get(line.id());
                jdbc.sql("""
                        insert into inspection_answer (inspection_id, position, item_id, checklist_item_id, text, article,
                                                       answer, note)
                        values (:i, :p, :item, :line, :t, :a, :ans, :note)""")
                        .param("i", id).param("p", position++).param("item", item.id()).param("line", line.id())
                        .param("t", line.text()).param("a", line.article()).param("ans", a.answer())
                        .param("note", blank(a.note()) ? null : a.note().strip()).update();
            }
        }
    }

    static String names(List<OfficerView> officers) {
        return String.join("、", officers.stream().map(o -> o.name() + (o.certificateNumber() == null ? ""
                : "（执法证号 " + o.certificateNumber() + "）")).toList());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
