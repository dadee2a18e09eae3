package org.zhifa.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.rules.Articles;
import org.zhifa.common.Rejection;
import org.zhifa.evidence.EvidenceTargetDirectory;
import org.zhifa.evidence.EvidenceTargetType;

/**
 * Cases as evidence link targets: evidence is linked only to a case that exists, by its id or its case number, and
 * the case's unit decides whose evidence counts for it (处罚法 Art. 47). An archived case file takes no more evidence.
 */
@Component
class CaseEvidenceTargets implements EvidenceTargetDirectory {

    private final JdbcClient jdbc;

    CaseEvidenceTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidenceTargetType type() {
        return EvidenceTargetType.CASE;
    }

    @Override
    public Optional<Target> find(String id) {
        List<Target> found = id.matches("\\d{1,18}")
                ? jdbc.sql("select id, unit_id from penalty_case where id = ?").param(Long.parseLong(id))
                        .query((rs, n) -> new Target(Long.toString(rs.getLong(1)), rs.getLong(2))).list()
                : jdbc.sql("select id, unit_id from penalty_case where case_number = ? limit 2").param(id)
                        .query((rs, n) -> new Target(Long.toString(rs.getLong(1)), rs.getLong(2))).list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<Rejection> refusesLinks(Target target) {
        String state = jdbc.sql("select state from penalty_case where id = ?").param(Long.parseLong(target.id()))
                .query(String.class).optional().orElse(null);
        return CaseState.ARCHIVED.name().equals(state)
                ? Optional.of(Rejection.of(Articles.CLOSURE_AND_ARCHIVE, "案件已归档，案卷只读，不能再关联证据"))
                : Optional.empty();
    }
}
