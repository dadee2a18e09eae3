package org.zhifa.cases;

/** Creates case drafts from confirmed non-site records; implemented by the cases module. */
public interface NonSiteCaseIntake {

    /** The created draft: its id and the notice number the party uses on the public portal. */
    record Draft(long caseId, String noticeNumber) {
    }

    Draft createDraft(NonSiteCaseRequest request);
}
