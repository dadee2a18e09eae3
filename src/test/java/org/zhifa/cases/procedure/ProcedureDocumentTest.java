package org.zhifa.cases.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/case-procedure.md lists every guard and every clock of the code, so the tables there cannot fall behind. */
class ProcedureDocumentTest {

    @Test
    void the_procedure_document_names_every_guard_and_every_clock() throws IOException {
        String doc = Files.readString(Path.of("docs/case-procedure.md"));
        for (GuardName g : GuardName.values()) {
            assertThat(doc).as("guard " + g).contains("`" + g.name() + "`");
        }
        for (ClockKind k : ClockKind.values()) {
            assertThat(doc).as("clock " + k).contains("`" + k.name() + "`").contains(k.label().replace("（24小时）", ""));
        }
        assertThat(doc).contains(Procedure.ORDINARY.version());
    }
}
