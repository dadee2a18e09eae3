package org.zhifa.cases.steps;

import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ProblemLine;
import org.zhifa.cases.domain.ReviewRecord.LegalReview;
import org.zhifa.cases.domain.ReviewRecord.Stage;
import org.zhifa.documents.DocumentType;

/** A legal review as the reviewer wrote it (《行政处罚法》第五十八条): recorded on the case and in its 法制审核意见书. */
final class LegalReviews {

    private LegalReviews() {
    }

    static void record(StepRun<?> run, Stage stage, boolean agree, String opinion, List<ProblemLine> problems) {
        PenaltyCase k = run.kase();
        List<ProblemLine> found = problems == null ? List.of() : problems;
        k.legalReview(run.check(), new LegalReview(stage, run.on(), run.actor().userId(), run.actor().displayName(),
                agree, opinion.trim(), found));
        String subject = switch (stage) {
            case TRANSFER -> "涉嫌犯罪，拟移送司法机关：" + k.transfer().facts();
            case AFTER_HEARING -> "听证后拟作出的处理决定：" + k.proposal().penaltyText();
            default -> k.proposal().penaltyText();
        };
        run.issue(DocumentType.LEGAL_REVIEW_OPINION, Present.fields("proposal", subject,
                "conclusion", agree ? "同意" : "存在问题，退回", "opinion", opinion.trim(),
                "problems", found.isEmpty() ? null : found.stream()
                        .map(p -> Map.<String, Object>of("item", p.problem(), "suggestion", p.suggestion())).toList(),
                "reviewer", run.actor().displayName()));
    }
}
