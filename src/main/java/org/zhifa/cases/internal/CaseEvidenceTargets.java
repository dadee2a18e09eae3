package org.zhifa.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.EvidenceTargetDirectory;
import org.zhifa.evidence.EvidenceTargetType;

/**
 * Cases as evidence link targets: evidence is linked only to a case that exists, by its id or its case number, and
 * the case's unit decides whose evidence counts for it (处罚法 Art. 47).
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
}
