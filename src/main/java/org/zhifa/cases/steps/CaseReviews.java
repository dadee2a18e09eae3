package org.zhifa.cases.steps;

import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.documents.DocumentType;

/** 案件审核 by the head: the opinion as written, recorded and printed on the 案件审核表. */
final class CaseReviews {

    private CaseReviews() {
    }

    static void record(StepRun<?> run, String opinion, boolean complex) {
        PenaltyCase k = run.kase();
        k.reviewCase(run.check(), opinion.trim(), run.actor().displayName(), complex);
        run.issue(DocumentType.CASE_REVIEW_FORM, Present.fields("proposal", k.proposal().penaltyText(),
                "opinion", opinion.trim(), "reviewer", run.actor().displayName()));
    }
}
