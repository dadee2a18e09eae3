package org.zhifa.personnel.internal;

import java.time.LocalDate;
import org.zhifa.personnel.IdCardNumber;

/**
 * The editable facts of an officer or auxiliary staff member. Auxiliary terms (hiring form, contract, duties,
 * responsible officer: 方案第7条 “谁使用谁管理谁负责”) are null for officers.
 */
public record OfficerDetails(
        String name,
        Gender gender,
        String ethnicity,
        IdCardNumber idNumber,
        Education education,
        boolean legalQualification,
        String legalQualificationNo,
        boolean legalReviewer,
        String post,
        EmploymentType employmentType,
        LocalDate joinedOn,
        Long userId,
        String hiringForm,
        LocalDate contractStart,
        LocalDate contractEnd,
        String duties,
        Long responsibleOfficerId) {
}
