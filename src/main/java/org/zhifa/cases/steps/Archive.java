package org.zhifa.cases.steps;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.ClockKind;
import org.zhifa.cases.procedure.GuardName;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.identity.Role;

/**
 * 归档: after the file is checked for the path the case took (a case not filed archives with its own short file); every
 * clock still open stops, and nothing can be added to the file afterwards.
 */
@Component
public class Archive extends CaseStep<Archive.Input> {

    public static final Transition TRANSITION = Transition.named("archive", "归档")
            .in(Procedure.ORDINARY, Procedure.SIMPLIFIED).from(CaseState.CLOSED, CaseState.NOT_FILED)
            .to(CaseState.ARCHIVED).by(Role.OFFICER, Role.UNIT_HEAD).destructive().guards(GuardName.FILE_COMPLETE)
            .ends(ClockKind.values()).input(Input.class);

    @Schema(name = "ArchiveInput", description = "归档")
    public record Input(
            @Schema(description = "读取案件时的版本号") @NotNull(message = "缺少版本号") Integer version,
            @Schema(description = "归档日期") @NotNull(message = "请填写归档日期") LocalDate actedOn,
            @Schema(description = "补录原因") String lateReason) implements StepInput {
    }

    Archive() {
        super(TRANSITION);
    }

    @Override
    public void perform(StepRun<Input> run) {
        run.kase().archive(run.check());
    }
}
