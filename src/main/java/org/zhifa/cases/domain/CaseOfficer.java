package org.zhifa.cases.domain;

/**
 * An officer on the case (承办人员). Auxiliary staff may be attached to a case but never count towards the two
 * officers (《行政处罚法》第四十二条; 方案第6、7条). A recused officer (《行政处罚法》第四十三条) stays in the history but
 * no longer acts.
 */
public record CaseOfficer(long officerId, Long userId, String name, boolean auxiliary, String certificateNumber,
        boolean recused) {

    public boolean acting() {
        return !auxiliary && !recused;
    }

    public CaseOfficer recuse() {
        return new CaseOfficer(officerId, userId, name, auxiliary, certificateNumber, true);
    }
}
