package org.zhifa.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.personnel.OfficerDirectory;
import org.zhifa.personnel.OfficerView;

/** 全员轮训 (方案第3条): campaigns with a deadline, and how much of each unit has been trained. */
@Service
@Transactional
public class CampaignService {

    private final JdbcClient jdbc;
    private final TrainingAccess access;
    private final OfficerDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignService(JdbcClient jdbc, TrainingAccess access, OfficerDirectory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public record Campaign(long id, String title, int year, LocalDate deadline, String description,
            String createdBy) {
    }

    public record Coverage(long unitId, String unitName, int officers, int trained, int percent, boolean late) {
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return jdbc.sql("select * from rotation_campaign order by deadline desc, id desc").query(Campaign.class).list();
    }

    @Transactional(readOnly = true)
    public Campaign find(long id) {
        return jdbc.sql("select * from rotation_campaign where id = ?").param(id).query(Campaign.class).optional()
                .orElseThrow(() -> new NotFoundException("未找到该轮训活动"));
    }

    public long create(Actor actor, String title, LocalDate deadline, String description) {
        if (!actor.hasRole("UNIT_HEAD")) {
            throw new org.zhifa.common.AccessRefusedException(
                    org.zhifa.common.Rejection.of("方案第3条", "轮训活动由单位负责人组织"));
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "请填写轮训名称");
        }
        if (deadline == null) {
            errors.put("deadline", "请填写完成期限");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        long id = jdbc.sql("""
                insert into rotation_campaign (title, year, deadline, description, created_by)
                values (?, ?, ?, ?, ?) returning id
                """).params(title.trim(), deadline.getYear(), deadline, description, actor.username())
                .query(Long.class).single();
        audit.success("ROTATION_CAMPAIGN_CREATED", "ROTATION_CAMPAIGN", id, "全员轮训 " + title.trim() + "，期限 " + deadline);
        return id;
    }

    /** Per visible unit: officers in post, how many attended at least one session of the campaign. */
    @Transactional(readOnly = true)
    public List<Coverage> coverage(Actor actor, long campaignId) {
        Campaign c = find(campaignId);
        Set<Long> trained = new HashSet<>(jdbc.sql("""
                select distinct a.officer_id from training_attendance a
                join training_session s on s.id = a.session_id where s.campaign_id = ?
                """).param(campaignId).query(Long.class).list());
        boolean pastDeadline = LocalDate.now(clock).isAfter(c.deadline());
        return access.unitsUnder(actor, null).stream().map(unitId -> {
            List<OfficerView> officers = directory.inPost(List.of(unitId), false);
            int done = (int) officers.stream().filter(o -> trained.contains(o.id())).count();
            int pct = officers.isEmpty() ? 100 : done * 100 / officers.size();
            return new Coverage(unitId, access.unitName(unitId), officers.size(), done, pct,
                    pastDeadline && done < officers.size());
        }).filter(cv -> cv.officers() > 0).toList();
    }
}
