package org.zhifa.inspection.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.InspectionCaseIntake;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.cases.PartyKind;
import org.zhifa.catalog.ViolationCatalog;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.CreditCode;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PlateNumber;
import org.zhifa.common.Rejection;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.inspection.InspectionProperties;
import org.zhifa.personnel.EligibilityResult;
import org.zhifa.personnel.OfficerEligibility;
import org.zhifa.personnel.OfficerView;

/**
 * Patrol logs (巡查日志) and findings: a patrol of at least two officers eligible on its day; findings with their stake,
 * photos (evidence) and the unit with jurisdiction there (several units may share a road); a finding may become a
 * case source in cases, with that unit as the handling unit.
 */
@Service
public class PatrolLogs {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final PatrolSchedules schedules;
    private final RoadSegments segments;
    private final OfficerEligibility eligibility;
    private final InspectionProperties settings;
    private final EvidenceIntake evidence;
    private final InspectionCaseIntake cases;
    private final ViolationCatalog violations;
    private final AuditTrail audit;
    private final Clock clock;

    PatrolLogs(JdbcClient jdbc, InspectionAccess access, PatrolSchedules schedules, RoadSegments segments,
            OfficerEligibility eligibility, InspectionProperties settings, EvidenceIntake evidence,
            InspectionCaseIntake cases, ViolationCatalog violations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.schedules = schedules;
        this.segments = segments;
        this.eligibility = eligibility;
        this.settings = settings;
        this.evidence = evidence;
        this.cases = cases;
        this.violations = violations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Patrol record(PatrolInput in, Actor actor) {
        access.requireRole(actor, "OFFICER");
        Map<String, String> errors = new LinkedHashMap<>();
        RoadSegment segment = null;
        if (in.scheduleId() != null) {
            segment = schedules.find(in.scheduleId(), actor).segment();
        } else if (in.segmentId() != null) {
            segment = segments.find(in.segmentId(), actor);
        }
        String road = segment != null ? segment.roadCode() : blank(in.roadCode()) ? null : in.roadCode().strip().toUpperCase();
        if (road == null) {
            errors.put("segmentId", "请选择巡查路段或填写路线");
        }
        Integer from = segment != null ? Integer.valueOf(segment.startM()) : stake(in.fromStake(), "fromStake", errors);
        Integer to = segment != null ? Integer.valueOf(segment.endM()) : stake(in.toStake(), "toStake", errors);
        LocalDateTime now = LocalDateTime.now(clock);
        if (in.patrolDate() == null) {
            errors.put("patrolDate", "请填写巡查日期");
        } else if (in.patrolDate().isAfter(now.toLocalDate())) {
            errors.put("patrolDate", "巡查日期不能晚于今天");
        }
        if (in.startTime() == null) {
            errors.put("startTime", "请填写巡查开始时间");
        }
        if (in.endTime() == null) {
            errors.put("endTime", "请填写巡查结束时间");
        } else if (in.startTime() != null && in.endTime().isBefore(in.startTime())) {
            errors.put("endTime", "结束时间不得早于开始时间");
        } else if (in.patrolDate() != null && in.patrolDate().atTime(in.endTime()).isAfter(now)) {
            errors.put("endTime", "结束时间不能晚于现在");
        }
        if (blank(in.summary())) {
            errors.put("summary", "请填写巡查情况");
        }
        List<OfficerView> officers = people(in.officerIds(), false, "officerIds", errors, actor);
        List<OfficerView> aux = people(in.auxiliaryIds(), true, "auxiliaryIds", errors, actor);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        TwoInspectorsRule.check(officers, settings.inspectorsPerObject()).orThrow();
        for (OfficerView o : officers) {
            EligibilityResult r = eligibility.isEligible(o.id(), in.patrolDate());
            if (!r.eligible()) {
                throw Rejection.of(InspectorEligibilityRule.ARTICLE, o.name() + " 在 " + in.patrolDate()
                        + " 不具有执法资格：" + String.join("；", r.reasons())).exception();
            }
        }
        OfficerView me = eligibility.findByUserId(actor.userId()).orElse(null);
        if (me == null || officers.stream().noneMatch(o -> o.id() == me.id())) {
            throw Rejection.of(TwoInspectorsRule.ARTICLE, "巡查日志应由参加巡查的执法人员本人录入").exception();
        }
        long id = jdbc.sql("""
                insert into patrol_log (unit_id, schedule_id, segment_id, road_code, from_m, to_m, patrol_date, started_at,
                    ended_at, officer_ids, officer_names, auxiliary_names, vehicle, summary, recorded_by, recorded_by_name)
                values (:u, :sch, :seg, :road, :from, :to, :d, :s, :e, cast(:o as bigint[]), :on, :an, :v, :sum, :by, :byn)
                returning id""")
                .param("u", actor.unitId()).param("sch", in.scheduleId()).param("seg", segment == null ? null : segment.id())
                .param("road", road).param("from", from).param("to", to).param("d", in.patrolDate())
                .param("s", at(in.patrolDate(), in.startTime())).param("e", at(in.patrolDate(), in.endTime()))
                .param("o", SqlArrays.bigints(officers.stream().map(OfficerView::id).toList()))
                .param("on", InspectionRecords.names(officers)).param("an", aux.isEmpty() ? null : InspectionRecords.names(aux))
                .param("v", blank(in.vehicle()) ? null : in.vehicle().strip()).param("sum", in.summary().strip())
                .param("by", actor.userId()).param("byn", actor.displayName()).query(Long.class).single();
        audit.success("PATROL_RECORDED", "PATROL", id, "巡查日志：" + road + " " + in.patrolDate());
        return require(id);
    }

    @Transactional
    public Patrol.Finding addFinding(long patrolId, PatrolInput.FindingInput in, List<Upload> uploads, Actor actor) {
        access.requireRole(actor, "OFFICER");
        Patrol p = find(patrolId, actor);
        OfficerView me = eligibility.findByUserId(actor.userId()).orElse(null);
        if (me == null || !p.officerIds().contains(me.id())) {
            throw Rejection.of(TwoInspectorsRule.ARTICLE, "只有参加该次巡查的执法人员可以登记巡查发现").exception();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime found = null;
        if (in.foundTime() == null) {
            errors.put("foundTime", "请填写发现时间");
        } else {
            found = at(p.patrolDate(), in.foundTime());
            if (found.isBefore(p.startedAt()) || found.isAfter(p.endedAt())) {
                errors.put("foundTime", "发现时间应在巡查时间内（" + p.startedAt().toLocalTime() + "—"
                        + p.endedAt().toLocalTime() + "）");
            }
        }
        String road = blank(in.roadCode()) ? p.roadCode() : in.roadCode().strip().toUpperCase();
        Integer stake = stake(in.stake(), "stake", errors);
        if (stake == null && !errors.containsKey("stake")) {
            errors.put("stake", "请填写发现地点的桩号");
        }
        if (blank(in.description())) {
            errors.put("description", "请填写发现的情况");
        }
        if ((in.longitude() == null) != (in.latitude() == null)) {
            errors.put("longitude", "经度和纬度应同时填写或同时不填");
        }
        String code = blank(in.creditCode()) ? null : in.creditCode().strip().toUpperCase();
        if (code != null && CreditCode.problem(code) != null) {
            errors.put("creditCode", CreditCode.problem(code));
        }
        String plate = blank(in.plateNumber()) ? null : in.plateNumber();
        if (plate != null) {
            String problem = PlateNumber.problem(plate);
            if (problem != null) {
                errors.put("plateNumber", problem);
            } else {
                plate = PlateNumber.of(plate).value();
            }
        }
        Long unit = null;
        if (stake != null) {
            List<RoadSegment> owners = segments.jurisdiction(road, stake);
            List<Long> ids = owners.stream().map(RoadSegment::unitId).distinct().toList();
            if (ids.size() == 1) {
                unit = ids.get(0);
            } else if (ids.size() > 1) {
                if (in.jurisdictionUnitId() == null || !ids.contains(in.jurisdictionUnitId())) {
                    errors.put("jurisdictionUnitId", "该桩号由多个单位共同管辖（" + String.join("、", owners.stream()
                            .map(RoadSegment::unitName).distinct().toList()) + "），请选择受理单位");
                } else {
                    unit = in.jurisdictionUnitId();
                }
            } else {
                unit = p.unitId(); // no segment registered there: the patrolling unit keeps it
            }
        }
        List<Upload> files = InspectionEvidence.all(new InspectionInput(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, in.attachments()), uploads);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into patrol_finding (patrol_id, found_at, road_code, stake_m, longitude, latitude,
                    jurisdiction_unit_id, description, party_name, party_kind, credit_code, plate_number, handling)
                values (:p, :at, :road, :stake, :lon, :lat, :unit, :d, :pn, :pk, :cc, :plate, 'RECORDED') returning id""")
                .param("p", patrolId).param("at", found).param("road", road).param("stake", stake)
                .param("lon", in.longitude()).param("lat", in.latitude()).param("unit", unit)
                .param("d", in.description().strip()).param("pn", blank(in.partyName()) ? null : in.partyName().strip())
                .param("pk", blank(in.partyKind()) ? null : in.partyKind()).param("cc", code).param("plate", plate)
                .query(Long.class).single();
        List<Long> evidenceIds = new ArrayList<>();
        int n = 1;
        for (Upload u : files) {
            evidenceIds.add(evidence.register(new EvidenceIntake.Item(EvidenceKind.AUDIO_VIDEO,
                    (u.video() ? "巡查发现视频 " : "巡查发现照片 ") + n++, "巡查发现（" + road + " "
                            + new StakeNumber(stake).text() + "）现场拍摄", found.toInstant(), road + " "
                            + new StakeNumber(stake).text(), null, u.fileName(), u.mediaType(), u.content(),
                    List.of(new EvidenceIntake.Link(EvidenceTargetType.INSPECTION, "PF" + id))), actor));
        }
        jdbc.sql("update patrol_finding set evidence_ids = cast(:e as bigint[]) where id = :id")
                .param("e", SqlArrays.bigints(evidenceIds)).param("id", id).update();
        jdbc.sql("update patrol_log set finding_count = finding_count + 1, version = version + 1 where id = :id")
                .param("id", patrolId).update();
        audit.success("PATROL_FINDING_RECORDED", "PATROL", patrolId, "巡查发现：" + road + " " + new StakeNumber(stake)
                + "，管辖单位 " + access.unitName(unit));
        return finding(id);
    }

    /** A finding becomes a case source of the unit with jurisdiction where it was found. */
    @Transactional
    public Patrol.Finding toCaseSource(long findingId, String violationCode, String facts, Actor actor) {
        access.requireRole(actor, "OFFICER");
        Patrol.Finding f = finding(findingId);
        Patrol p = find(f.patrolId(), actor);
        if (f.caseId() != null) {
            throw Rejection.of("《行政处罚法》第二十九条", "该发现已转为案源，同一违法行为不得重复立案").exception();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        var violation = blank(violationCode) ? null : violations.find(violationCode.strip()).orElse(null);
        if (violation == null) {
            errors.put("violationCode", blank(violationCode) ? "请选择涉嫌的违法行为" : "违法行为编码不存在");
        }
        if (blank(facts)) {
            errors.put("facts", "请填写涉嫌违法的事实");
        }
        if (blank(f.partyName())) {
            errors.put("partyName", "登记发现时未记录当事人，不能转为案源");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        PartyKind kind = "ORGANISATION".equals(f.partyKind()) || f.creditCode() != null ? PartyKind.ORGANISATION
                : PartyKind.CITIZEN;
        long caseId = cases.register(new InspectionCaseIntake.Request(f.jurisdictionUnitId(), "PATROL-FINDING:" + findingId,
                "日常巡查 巡查发现 " + findingId + "（巡查日志 " + p.id() + "）",
                EnforcementCategory.HIGHWAY_ADMINISTRATION, violation.code(),
                f.foundAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(), f.roadCode() + " " + f.stake(), kind,
                f.partyName(), f.creditCode(), null, f.plateNumber(), facts.strip(), p.officerIds(), f.evidenceIds(),
                actor.userId()));
        jdbc.sql("update patrol_finding set handling = 'CASE_SOURCE', case_id = :c where id = :id").param("c", caseId)
                .param("id", findingId).update();
        audit.success("PATROL_FINDING_CASE_SOURCE", "PATROL", p.id(), "巡查发现 " + findingId + " 转为案源 " + caseId);
        return finding(findingId);
    }

    public Patrol find(long id, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        Patrol p = require(id);
        access.requireVisible(actor, p.unitId());
        return p;
    }

    Patrol require(long id) {
        return jdbc.sql("select * from patrol_log where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("巡查日志不存在"));
    }

    public Patrol.Finding finding(long id) {
        return jdbc.sql("select * from patrol_finding where id = :id").param("id", id).query(this::findingRow).optional()
                .orElseThrow(() -> new NotFoundException("巡查发现不存在"));
    }

    public List<Patrol.Finding> findings(long patrolId) {
        return jdbc.sql("select * from patrol_finding where patrol_id = :p order by found_at, id").param("p", patrolId)
                .query(this::findingRow).list();
    }

    /** A filter of the patrol ledger. */
    public record Filter(LocalDate from, LocalDate to, String road, Long unitId) {
    }

    /** The patrol ledger, newest first, keyset-paged on (patrol_date, id). */
    public InspectionQueries.Slice<Patrol> list(Filter f, String cursor, int size, Actor actor) {
        access.requireRole(actor, InspectionAccess.READERS);
        size = Math.max(1, Math.min(size, 200));
        StringBuilder where = new StringBuilder(" where unit_id in (:units)");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("units", f.unitId() == null ? access.visibleUnits(actor)
                : access.canSee(actor, f.unitId()) ? List.of(f.unitId()) : List.of(-1L));
        if (f.from() != null) {
            where.append(" and patrol_date >= :from");
            p.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and patrol_date <= :to");
            p.put("to", f.to());
        }
        if (f.road() != null && !f.road().isBlank()) {
            where.append(" and road_code = :road");
            p.put("road", f.road().strip().toUpperCase());
        }
        if (cursor != null && !cursor.isBlank()) {
            Object[] c = InspectionQueries.cursor(cursor);
            where.append(" and (patrol_date, id) < (:cd, :ci)");
            p.put("cd", c[0]);
            p.put("ci", c[1]);
        }
        List<Patrol> rows = jdbc.sql("select * from patrol_log" + where + " order by patrol_date desc, id desc limit :n")
                .params(p).param("n", size + 1).query(this::row).list();
        String next = null;
        if (rows.size() > size) {
            Patrol last = rows.get(size - 1);
            next = last.patrolDate() + "_" + last.id();
            rows = new ArrayList<>(rows.subList(0, size));
        }
        return new InspectionQueries.Slice<>(rows, next);
    }

    /** A unit's patrols of one day (for the daily journal), oldest first. */
    List<Patrol> ofDay(long unitId, LocalDate day) {
        return jdbc.sql("select * from patrol_log where unit_id = :u and patrol_date = :d order by started_at, id")
                .param("u", unitId).param("d", day).query(this::row).list();
    }

    private Integer stake(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        String problem = StakeNumber.problem(text);
        if (problem != null) {
            errors.put(field, problem);
            return null;
        }
        return StakeNumber.parse(text).metres();
    }

    private List<OfficerView> people(List<Long> ids, boolean auxiliary, String field, Map<String, String> errors,
            Actor actor) {
        List<OfficerView> out = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            OfficerView o = id == null ? null : eligibility.find(id).orElse(null);
            if (o == null || !access.canSee(actor, o.unitId())) {
                errors.put(field, "人员不存在或不在您的数据范围内");
            } else if (auxiliary != o.auxiliary()) {
                errors.put(field, auxiliary ? o.name() + " 不是执法辅助人员" : "执法辅助人员不计入执法人员：" + o.name());
            } else {
                out.add(o);
            }
        }
        if (!auxiliary && out.isEmpty() && !errors.containsKey(field)) {
            errors.put(field, "请选择参加巡查的执法人员");
        }
        return out;
    }

    private static OffsetDateTime at(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Patrol row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Patrol(rs.getLong("id"), unit, access.unitName(unit), (Long) rs.getObject("schedule_id"),
                (Long) rs.getObject("segment_id"), rs.getString("road_code"), (Integer) rs.getObject("from_m"),
                (Integer) rs.getObject("to_m"), rs.getObject("patrol_date", LocalDate.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
                SqlArrays.longs(rs.getArray("officer_ids")), rs.getString("officer_names"),
                rs.getString("auxiliary_names"), rs.getString("vehicle"), rs.getString("summary"),
                rs.getInt("finding_count"), rs.getString("recorded_by_name"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private Patrol.Finding findingRow(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("jurisdiction_unit_id");
        return new Patrol.Finding(rs.getLong("id"), rs.getLong("patrol_id"), rs.getObject("found_at", OffsetDateTime.class),
                rs.getString("road_code"), (Integer) rs.getObject("stake_m"), (BigDecimal) rs.getBigDecimal("longitude"),
                rs.getBigDecimal("latitude"), unit, access.unitName(unit), rs.getString("description"),
                rs.getString("party_name"), rs.getString("party_kind"), rs.getString("credit_code"),
                rs.getString("plate_number"), rs.getString("handling"), (Long) rs.getObject("case_id"),
                SqlArrays.longs(rs.getArray("evidence_ids")));
    }
}
