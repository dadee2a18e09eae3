package org.zhifa.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;

/**
 * The daily patrol journal (巡查日报) of a unit: every patrol of the day with its findings, and every schedule of the day
 * that no patrol covered.
 */
@Service
public class PatrolJournal {

    static final List<String> HEADER = List.of("巡查日期", "开始", "结束", "路段", "执法人员", "辅助人员", "车辆",
            "巡查情况", "发现时间", "发现地点", "管辖单位", "发现情况", "当事人", "处理");

    private final PatrolLogs logs;
    private final PatrolSchedules schedules;
    private final InspectionAccess access;

    PatrolJournal(PatrolLogs logs, PatrolSchedules schedules, InspectionAccess access) {
        this.logs = logs;
        this.schedules = schedules;
        this.access = access;
    }

    /** One patrol with its findings. */
    public record Entry(Patrol patrol, List<Patrol.Finding> findings) {
    }

    /** The journal of a unit's day. */
    public record Day(long unitId, String unitName, LocalDate day, List<Entry> entries,
            List<PatrolSchedules.Schedule> missed) {

        public int findings() {
            return entries.stream().mapToInt(e -> e.findings().size()).sum();
        }
    }

    public Day of(long unitId, LocalDate day, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        access.requireVisible(actor, unitId);
        if (day == null) {
            throw new InvalidInputException("请选择日期");
        }
        List<Entry> entries = new ArrayList<>();
        List<Patrol> patrols = logs.ofDay(unitId, day);
        patrols.forEach(p -> entries.add(new Entry(p, logs.findings(p.id()))));
        List<PatrolSchedules.Schedule> missed = schedules.on(unitId, day).stream()
                .filter(s -> patrols.stream().noneMatch(p -> s.id() == (p.scheduleId() == null ? -1 : p.scheduleId())))
                .toList();
        return new Day(unitId, access.unitName(unitId), day, entries, missed);
    }

    public byte[] xlsx(Day d) {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : d.entries()) {
            Patrol p = e.patrol();
            List<String> base = List.of(p.patrolDate().toString(), p.startedAt().toLocalTime().toString(),
                    p.endedAt().toLocalTime().toString(), p.range(), p.officerNames(),
                    p.auxiliaryNames() == null ? "" : p.auxiliaryNames(), p.vehicle() == null ? "" : p.vehicle(),
                    p.summary());
            if (e.findings().isEmpty()) {
                List<String> r = new ArrayList<>(base);
                r.addAll(List.of("", "", "", "无", "", ""));
                rows.add(r);
            }
            for (Patrol.Finding f : e.findings()) {
                List<String> r = new ArrayList<>(base);
                r.addAll(List.of(f.foundAt().toLocalTime().toString(), f.roadCode() + " " + f.stake(),
                        f.jurisdictionUnitName(), f.description(), f.partyName() == null ? "" : f.partyName(),
                        f.handlingLabel() + (f.caseId() == null ? "" : "（案件 " + f.caseId() + "）")));
                rows.add(r);
            }
        }
        for (PatrolSchedules.Schedule s : d.missed()) {
            List<String> r = new ArrayList<>(List.of(d.day().toString(), "", "", s.segment().label(), "", "", "",
                    "计划巡查（" + s.shift() + "）未记录巡查日志"));
            r.addAll(List.of("", "", "", "", "", ""));
            rows.add(r);
        }
        return Sheets.write("巡查日报", HEADER, rows, List.of(d.unitName() + " " + d.day() + " 巡查日报"));
    }

    /** The patrol ledger (巡查台账) of the actor's scope and filter, one row per patrol. */
    public byte[] ledger(PatrolLogs.Filter filter, Actor actor) {
        List<List<String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            var slice = logs.list(filter, cursor, 200, actor);
            for (Patrol p : slice.items()) {
                rows.add(List.of(p.patrolDate().toString(), p.unitName(), p.startedAt().toLocalTime().toString(),
                        p.endedAt().toLocalTime().toString(), p.range(), p.officerNames(),
                        p.vehicle() == null ? "" : p.vehicle(), p.summary(), Integer.toString(p.findingCount())));
            }
            cursor = slice.next();
        } while (cursor != null && rows.size() < InspectionLedger.MAX_ROWS);
        return Sheets.write("巡查台账", List.of("巡查日期", "单位", "开始", "结束", "路段", "执法人员", "车辆", "巡查情况",
                "发现数"), rows, List.of());
    }
}
