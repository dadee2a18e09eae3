package org.zhifa.nonsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

    /** The request; omitted optional fields mean "not measured" or "no". */
    record JudgeRequest(Integer axles, Boolean combination, Boolean singleDriveAxle, Integer singleTyreNonDriveAxles,
            Integer grossMassKg, BigDecimal heightM, BigDecimal widthM, BigDecimal lengthM, Integer toleranceKg) {
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
    JudgeResponse judge(@RequestBody JudgeRequest r) {
        OverLimitVerdict v = judge.judge(measurement(r));
        return new JudgeResponse(v.overLimit(), v.massLimitKg(), v.excessKg(),
                v.dimensionsOver().stream().map(Dimension::name).toList(),
                new Penalty(v.warning(), v.minFineFen() / 100, v.maxFineFen() / 100), v.articles());
    }

    static VehicleMeasurement measurement(JudgeRequest r) {
        Map<String, String> e = new LinkedHashMap<>();
        if (r.axles() == null) {
            e.put("axles", "请填写轴数");
        }
        for (var dim : List.of(Map.entry("heightM", nz(r.heightM())), Map.entry("widthM", nz(r.widthM())),
                Map.entry("lengthM", nz(r.lengthM())))) {
            if (dim.getValue().signum() < 0 || dim.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                e.put(dim.getKey(), "尺寸须在 0 至 100 米之间");
            }
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("判定参数有误：" + String.join("；", e.values()), e);
        }
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

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
