package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.PageResult;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.internal.Clue;
import org.zhifa.nonsite.internal.ClueQueries;
import org.zhifa.nonsite.internal.ClueReview;

/** Clue review API (人工审核, 处罚法 第四十一条). */
@RestController
@Tag(name = "非现场执法：线索审核")
@PreAuthorize("hasAnyRole('OFFICER', 'UNIT_HEAD')")
class ClueApiController {

    private final ClueQueries queries;
    private final ClueReview review;
    private final DataScope scope;

    ClueApiController(ClueQueries queries, ClueReview review, DataScope scope) {
        this.queries = queries;
        this.review = review;
        this.scope = scope;
    }

    record Decision(int version, String reason) {
    }

    @GetMapping("/api/nonsite/clues")
    PageResult<Clue> list(@RequestParam(required = false) Clue.Status status, @RequestParam(required = false) String plate,
            @RequestParam(required = false) Long deviceId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.search(new ClueQueries.Filter(status, plate, deviceId, null, null),
                scope.visibleUnitIds(CurrentActor.require()), Math.max(page, 0), PageResult.clampSize(size));
    }

    /** The detail with the owner's personal data masked (the full data goes only into the case). */
    record ClueView(Clue clue, org.zhifa.nonsite.internal.Detection lead, java.util.List<org.zhifa.nonsite.internal.Detection> linked,
            String deviceCode, String devicePlace, boolean deviceUsable, java.util.List<org.zhifa.common.Rejection> deviceUnusableReasons,
            org.zhifa.nonsite.OverLimitVerdict verdict, String ownerName, String ownerIdMasked, boolean caseIntakeAvailable) {
    }

    @GetMapping("/api/nonsite/clues/{id}")
    ClueView get(@PathVariable long id) {
        var x = review.detail(id, CurrentActor.require());
        return new ClueView(x.clue(), x.lead(), x.linked(), x.device().code(), x.device().place(), x.deviceUsable().isAllowed(),
                x.deviceUsable().rejections(), x.verdict(), x.owner().map(o -> o.name()).orElse(null),
                x.owner().map(o -> o.maskedId()).orElse(null), x.caseIntakeAvailable());
    }

    @Operation(summary = "确认线索：生成证据包和案件草稿（当事人为车辆所有人）")
    @PostMapping("/api/nonsite/clues/{id}/confirm")
    Clue confirm(@PathVariable long id, @RequestBody Decision d) {
        return review.confirm(id, d.version(), CurrentActor.require());
    }

    @Operation(summary = "排除线索（须填写理由）")
    @PostMapping("/api/nonsite/clues/{id}/reject")
    Clue reject(@PathVariable long id, @RequestBody Decision d) {
        return review.reject(id, d.version(), d.reason(), CurrentActor.require());
    }
}
