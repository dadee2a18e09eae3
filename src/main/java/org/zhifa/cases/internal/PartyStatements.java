package org.zhifa.cases.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The party's online statements of a case, in full, for the case page (the caller has checked the data scope). */
@Component
public class PartyStatements {

    public record Line(String receiptNumber, String statement, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    PartyStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> of(long caseId) {
        return jdbc.sql("select receipt_number, statement, received_at from party_statement where case_id = ? order by received_at, id")
                .param(caseId).query((rs, i) -> new Line(rs.getString("receipt_number"), rs.getString("statement"),
                        rs.getTimestamp("received_at").toInstant())).list();
    }
}
