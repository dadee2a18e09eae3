package org.zhifa.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.zhifa.supervision.internal.Campaigns;

/** The form that starts a case-file evaluation campaign, bound by Spring; the rest is the service's check. */
record CampaignForm(
        @Schema(description = "活动名称") String title,
        @Schema(description = "评查年度") Integer year,
        @Schema(description = "起始日") LocalDate periodFrom,
        @Schema(description = "截止日") LocalDate periodTo,
        @Schema(description = "评查人员") String evaluators) {

    Campaigns.StartRequest request() {
        List<String> names = evaluators == null ? List.of()
                : Arrays.stream(evaluators.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        return new Campaigns.StartRequest(title, year, periodFrom, periodTo, names);
    }
}
