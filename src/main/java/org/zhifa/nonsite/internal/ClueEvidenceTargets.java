package org.zhifa.nonsite.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.EvidenceTargetDirectory;
import org.zhifa.evidence.EvidenceTargetType;

/** Non-site clues as evidence link targets ({@code CLUE-<id>}), belonging to the unit whose device detected them. */
@Component
class ClueEvidenceTargets implements EvidenceTargetDirectory {

    private static final String PREFIX = "CLUE-";

    private final JdbcClient jdbc;

    ClueEvidenceTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidenceTargetType type() {
        return EvidenceTargetType.NONSITE_RECORD;
    }

    @Override
    public Optional<Target> find(String id) {
        if (!id.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || !id.substring(PREFIX.length()).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id, unit_id from nonsite_clue where id = ?")
                .param(Long.parseLong(id.substring(PREFIX.length())))
                .query((rs, n) -> new Target(PREFIX + rs.getLong(1), rs.getLong(2))).optional();
    }
}
