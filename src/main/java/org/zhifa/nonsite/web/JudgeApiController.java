package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.InvalidInputException;
import org.zhifa.nonsite.Dimension;
import org.zhifa.nonsite.OverLimitJudge;
import org.zhifa.nonsite.OverLimitVerdict;
import org.zhifa.nonsite.VehicleMeasurement;

/** Over-limit judgement for one vehicle (62号令 第三条、第四十三条), e.g. for an officer checking a record. */
@RestController
@Tag(name = "非现场执法：超限判定")
class JudgeApiController {

    private final OverLimitJudge judge;

    JudgeApiController(OverLimitJudge judge) {
        this.judge = judge;
    }

    /**
     * The request, also the trial page's form (bound by Spring, checked by Bean Validation); omitted optional fields
     * mean "not measured" or "no".
     */
    record JudgeRequest(@NotNull @Schema(description = "轴数") Integer axles,
            @Schema(description = "汽车列车") Boolean combination,
            @Schema(description = "牵引车单驱动轴") Boolean singleDriveAxle,
            @Schema(description = "单轮胎非驱动轴数") Integer singleTyreNonDriveAxles,
            @Schema(description = "车货总质量（千克）") Integer grossMassKg,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "总高（米）") BigDecimal heightM,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "总宽（米）") BigDecimal widthM,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "总长（米）") BigDecimal lengthM,
            @Schema(description = "允许误差（千克）") Integer toleranceKg) {
    }

    /** The penalty range in yuan. */
    record Penalty(boolean warning, long minYuan, long maxYuan) {
    }

    /** The answer. */
    record JudgeResponse(boolean overLimit, int massLimitKg, int excessKg, List<String> dimensionsOver, Penalty penalty,
            List<String> articles) {
    }

    @Operation(summary = "超限判定与处罚幅度（62号令第三条、第四十三条）")
    @PostMapping("/api/nonsite/judge")
    @PreAuthorize("hasAnyRole('OFFICER', 'AUXILIARY', 'UNIT_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')")
    JudgeResponse judge(@Valid @RequestBody JudgeRequest r) {
        OverLimitVerdict v = judge.judge(measurement(r));
        return new JudgeResponse(v.overLimit(), v.massLimitKg(), v.excessKg(),
                v.dimensionsOver().stream().map(Dimension::name).toList(),
                new Penalty(v.warning(), v.minFineFen() / 100, v.maxFineFen() / 100), v.articles());
    }

    /** The measurement of a validated request (axles given, dimensions 0–100 m); the judge checks the rest. */
    static VehicleMeasurement measurement(JudgeRequest r) {
        VehicleMeasurement m = new VehicleMeasurement(r.axles(), Boolean.TRUE.equals(r.combination()),
                Boolean.TRUE.equals(r.singleDriveAxle()),
                r.singleTyreNonDriveAxles() == null ? 0 : r.singleTyreNonDriveAxles(),
                r.grossMassKg() == null ? OverLimitJudge.NOT_MEASURED : r.grossMassKg(),
                OverLimitJudge.millimetres(r.heightM()), OverLimitJudge.millimetres(r.widthM()),
                OverLimitJudge.millimetres(r.lengthM()), r.toleranceKg() == null ? 0 : r.toleranceKg());
        String invalid = OverLimitJudge.invalidReason(m);
        if (invalid != null) {
            throw new InvalidInputException("判定参数有误：" + invalid, Map.of("measurement", invalid));
        }
        return m;
    }
}
