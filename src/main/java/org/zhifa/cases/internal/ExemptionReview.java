package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.catalog.ExemptionChecker;
import org.zhifa.catalog.ExemptionResult;

/**
 * The catalogue's exemption check (免罚清单, 《行政处罚法》第三十三条) for a proposed no-penalty outcome: the boolean
 * discretion facts of the case are the answers, earlier fined cases of the same party or plate are the prior
 * violations. Runs outside the step's transaction so that a refusal by the catalogue cannot roll the step back.
 * Its outcome is recorded with the proposal; the decision still needs the education record and commitment letter.
 */
@Component
public class ExemptionReview {

    private final ExemptionChecker checker;
    private final JdbcClient jdbc;
    private final TransactionTemplate outside;

    ExemptionReview(ExemptionChecker checker, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.checker = checker;
        this.jdbc = jdbc;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** A Chinese summary of the check, or empty when the catalogue cannot answer. */
    public Optional<String> summary(PenaltyCase c) {
        List<LocalDate> priors = jdbc.sql("""
                select act_date from penalty_case where id <> :id and outcome = 'PENALTY'
                  and (party_name = :name or (cast(:plate as text) is not null and plate_number = :plate))
                """).param("id", c.id()).param("name", c.party().name()).param("plate", c.plateNumber())
                .query(LocalDate.class).list();
        Map<String, Boolean> answers = new HashMap<>();
        c.discretionFacts().forEach((k, v) -> {
            if (v instanceof Boolean b) {
                answers.put(k, b);
            }
        });
        try {
            ExemptionResult r = outside.execute(s -> checker.check(c.violations().get(0).code(), answers, priors,
                    c.act().actDate()));
            if (r == null) {
                return Optional.empty();
            }
            return Optional.of("免罚审查：" + r.outcome().label() + (r.itemTitle() == null ? "" : "（" + r.itemTitle() + "）")
                    + (r.unmetConditions().isEmpty() ? "" : "；未满足：" + String.join("、", r.unmetConditions())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
