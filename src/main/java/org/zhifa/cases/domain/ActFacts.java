package org.zhifa.cases.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.zhifa.personnel.EnforcementCategory;

/**
 * The facts of a case source as an officer enters them (案源登记, and the on-the-spot decision): where it came from,
 * the enforcement category, the violations, when and where the act happened and when it was discovered, the facts,
 * the party and the vehicle, and the other officers on the case.
 */
@Schema(name = "ActFacts", description = "案件事实")
public record ActFacts(
        @Schema(description = "案件来源") @NotNull(message = "请选择案件来源") CaseSource source,
        @Schema(description = "案件来源说明（举报编号、交办文号等）") String sourceNote,
        @Schema(description = "执法门类（执法人员执法证须含此门类）") @NotNull(message = "请选择执法门类")
        EnforcementCategory category,
        @Schema(description = "违法行为编码（执法事项目录）") @NotEmpty(message = "请选择违法行为")
        List<@NotBlank(message = "违法行为编码不能为空") String> violationCodes,
        @Schema(description = "违法行为发生日期") @NotNull(message = "请填写违法行为发生日期") LocalDate actDate,
        @Schema(description = "违法行为发生时间（时:分，知道时填写）") LocalTime actTime,
        @Schema(description = "连续或继续的违法行为终了日期") LocalDate actEndDate,
        @Schema(description = "违法地点（路名、桩号）") @NotBlank(message = "请填写违法地点") String place,
        @Schema(description = "经度（WGS-84）") BigDecimal longitude,
        @Schema(description = "纬度（WGS-84）") BigDecimal latitude,
        @Schema(description = "发现违法行为的日期（追责时效自行为发生或终了之日起算至发现之日）")
        @NotNull(message = "请填写发现日期") LocalDate discoveredOn,
        @Schema(description = "违法事实") @NotBlank(message = "请填写违法事实") String facts,
        @Schema(description = "是否涉及公民生命健康安全、金融安全且有危害后果（追责时效五年）")
        @NotNull(message = "请选择是否涉及生命健康安全、金融安全且有危害后果") Boolean seriousHarm,
        @Schema(description = "当事人") @NotNull(message = "请填写当事人") @Valid PartyFacts party,
        @Schema(description = "车牌号") String plateNumber,
        @Schema(description = "其他执法人员（人事档案中的执法人员编号；登记人自动列入）") List<Long> officerIds) {
}
