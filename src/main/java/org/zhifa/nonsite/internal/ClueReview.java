package org.zhifa.nonsite.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.NonSiteCaseIntake;
import org.zhifa.cases.NonSiteCaseRequest;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.NonSiteProperties;
import org.zhifa.nonsite.OverLimitJudge;
import org.zhifa.nonsite.OverLimitVerdict;

/**
 * Human review of clues (《行政处罚法》第四十一条第二款: records are reviewed by a person before they are evidence).
 * Confirming assembles the evidence package and files a case draft in the cases module with the vehicle owner as
 * party and a notice number for the portal; rejecting records the reason. Nothing is penalised automatically.
 */
@Service
public class ClueReview {

    public static final String ARTICLE = "《行政处罚法》第四十一条";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日H时m分");

    private final ClueQueries clues;
    private final MonitoringDevices devices;
    private final DeviceRegistry registry;
    private final VehicleDirectory vehicles;
    private final EvidencePackager packager;
    private final ObjectProvider<NonSiteCaseIntake> intake;
    private final OverLimitJudge judge;
    private final DataScope scope;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final NonSiteProperties properties;
    private final Clock clock;

    ClueReview(ClueQueries clues, MonitoringDevices devices, DeviceRegistry registry, VehicleDirectory vehicles,
            EvidencePackager packager, ObjectProvider<NonSiteCaseIntake> intake, OverLimitJudge judge, DataScope scope,
            AuditTrail audit, JdbcClient jdbc, NonSiteProperties properties, Clock clock) {
        this.clues = clues;
        this.devices = devices;
        this.registry = registry;
        this.vehicles = vehicles;
        this.packager = packager;
        this.intake = intake;
        this.judge = judge;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a reviewer sees. */
    public record ClueDetail(Clue clue, Detection lead, List<Detection> linked, MonitoringDevice device,
            PolicyDecision deviceUsable, OverLimitVerdict verdict, Optional<VehicleOwner> owner,
            Optional<Map<String, Object>> evidence, boolean caseIntakeAvailable) {
    }

    public Clue require(long id, Actor actor) {
        Clue c = clues.find(id).orElseThrow(() -> new NotFoundException("线索不存在：" + id));
        scope.requireVisible(actor, c.unitId());
        return c;
    }

    public ClueDetail detail(long id, Actor actor) {
        Clue c = require(id, actor);
        Detection lead = clues.detection(c.deviceId(), c.recordId(), c.detectedAt())
                .orElseThrow(() -> new NotFoundException("线索的检测记录不存在"));
        MonitoringDevice d = devices.find(c.deviceId()).orElseThrow();
        PolicyDecision usable = registry.usabilityOn(d, NonSiteClock.day(lead.detectedAt()));
        return new ClueDetail(c, lead, clues.linked(id), d, usable, judge.judge(lead.measurement()),
                vehicles.find(c.plate(), c.plateColour()), packager.find(id), intake.getIfAvailable() != null);
    }

    /** Confirms the clue: evidence package, case draft, notice number. */
    @Transactional
    public Clue confirm(long id, int version, Actor actor) {
        lockForReview(require(id, actor), version);
        ClueDetail x = detail(id, actor);
        Clue c = x.clue();
        requirePending(c);
        if (!x.deviceUsable().isAllowed()) {
            Rejection first = x.deviceUsable().firstRejection().orElseThrow();
            audit.refused("NONSITE_CLUE_CONFIRM", "NONSITE_CLUE", id, "设备不满足使用条件：" + first.text());
            throw first.exception();
        }
        VehicleOwner owner = x.owner().orElseThrow(() -> Rejection.of(ARTICLE,
                "车辆登记信息中没有 " + c.plate() + "，无法确定当事人；请先在“车辆信息导入”中导入该车辆的登记信息").exception());
        NonSiteCaseIntake cases = intake.getIfAvailable();
        if (cases == null) {
            audit.refused("NONSITE_CLUE_CONFIRM", "NONSITE_CLUE", id, "案件模块不可用，未生成案件草稿");
            throw Rejection.of(ARTICLE, "案件办理模块尚未启用，无法根据线索生成案件草稿；线索仍为待审核，请稍后再确认").exception();
        }
        EvidencePackager.Package pkg = packager.build(c, x.lead(), x.linked(), x.device(), registry.reviews(c.deviceId()), actor);
        OverLimitVerdict v = x.verdict();
        String violation = v.excessKg() > 0 ? properties.massViolationCode() : properties.dimensionViolationCode();
        NonSiteCaseIntake.Draft draft = cases.createDraft(new NonSiteCaseRequest(c.unitId(), violation, x.lead().detectedAt(),
                x.device().place(), c.plate(), owner.kind(), owner.name(), owner.idNumber(), owner.address(),
                owner.phone(), facts(x, LocalDate.now(clock)), pkg.evidenceIds(), actor.userId(), "NONSITE-CLUE-" + c.id() + " 证据包SM3 " + pkg.packageSm3()));
        int n = jdbc.sql("""
                update nonsite_clue set status = 'CONFIRMED', reviewer_user_id = :u, reviewer_name = :name,
                    reviewed_at = now(), case_id = :case, notice_number = :notice, version = version + 1
                where id = :id and version = :v and status = 'PENDING'
                """).param("u", actor.userId()).param("name", actor.displayName()).param("case", draft.caseId())
                .param("notice", draft.noticeNumber()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("nonsite_clue " + id);
        }
        audit.success("NONSITE_CLUE_CONFIRMED", "NONSITE_CLUE", id, "审核确认超限线索 " + c.plate() + "，生成证据包（SM3 "
                + pkg.packageSm3().substring(0, 16) + "…）和案件草稿 " + draft.caseId() + "，告知单号 " + draft.noticeNumber());
        return clues.find(id).orElseThrow();
    }

    @Transactional
    public Clue reject(long id, int version, String reason, Actor actor) {
        Clue c = require(id, actor);
        lockForReview(c, version);
        requirePending(c);
        String r = reason == null ? null : reason.strip();
        if (r == null || r.isEmpty() || r.length() > 1000) {
            throw new InvalidInputException("请填写排除理由（不超过 1000 字）", Map.of("reason", "请填写排除理由"));
        }
        int n = jdbc.sql("""
                update nonsite_clue set status = 'REJECTED', reviewer_user_id = :u, reviewer_name = :name,
                    reviewed_at = now(), review_reason = :r, version = version + 1
                where id = :id and version = :v and status = 'PENDING'
                """).param("u", actor.userId()).param("name", actor.displayName()).param("r", r).param("id", id)
                .param("v", version).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("nonsite_clue " + id);
        }
        audit.success("NONSITE_CLUE_REJECTED", "NONSITE_CLUE", id, "排除超限线索 " + c.plate() + "：" + r);
        return clues.find(id).orElseThrow();
    }

    /**
     * Holds the clue's row until this review commits: a second reviewer of the same clue waits, then finds the version
     * changed and is answered 409, before any evidence package or case draft is made twice.
     */
    private void lockForReview(Clue c, int version) {
        int current = jdbc.sql("select version from nonsite_clue where id = ? for update").param(c.id())
                .query(Integer.class).single();
        if (current != version) {
            throw new OptimisticLockingFailureException("nonsite_clue " + c.id() + " version " + current);
        }
    }

    private static void requirePending(Clue c) {
        if (c.status() != Clue.Status.PENDING) {
            throw Rejection.of(ARTICLE, "该线索已审核（" + c.status().label() + "），不能重复审核").exception();
        }
    }

    static String facts(ClueDetail x, LocalDate reviewedOn) {
        Detection d = x.lead();
        StringBuilder s = new StringBuilder();
        s.append(LocalDateTime.ofInstant(d.detectedAt(), ChinaTime.ZONE).format(WHEN)).append("，车牌号码为")
                .append(x.clue().plate());
        if (x.clue().plateColour() != null) {
            s.append("（").append(x.clue().plateColour()).append("牌）");
        }
        s.append("的车辆途经").append(x.device().place()).append("，经").append(x.device().kind().label()).append(" ")
                .append(x.device().code()).append("（计量检定证书 ").append(x.device().certNumber() == null ? "—" : x.device().certNumber())
                .append("）检测");
        if (d.grossMassKg() != null) {
            s.append("，车货总质量 ").append(d.grossMassKg()).append(" 千克");
        }
        s.append("。");
        for (String reason : x.verdict().reasons()) {
            s.append(reason);
            if (!reason.endsWith("。")) {
                s.append("。");
            }
        }
        if (x.clue().detections() > 1) {
            s.append("同一超限行为共检测到 ").append(x.clue().detections()).append(" 条记录，以其中最重的一条认定。");
        }
        s.append("记录经执法人员人工审核确认（").append(reviewedOn).append("）。");
        return s.toString();
    }
}
