package org.zhifa.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Score sheets are versioned data: the shipped sheet says it is a demonstration; malformed sheets are refused. */
class ScoreSheetTest {

    static String demo() throws Exception {
        try (InputStream in = ScoreSheetTest.class.getResourceAsStream("/supervision/sheets/demo-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedSheetIsADemonstrationWithFormTwentyAndContentEighty() throws Exception {
        ScoreSheet s = ScoreSheets.parse(0, demo());
        assertThat(s.demonstration()).isTrue();
        assertThat(s.title()).contains("示范");
        assertThat(s.points(ScoreSheet.Group.FORM)).isEqualByComparingTo("20");
        assertThat(s.points(ScoreSheet.Group.CONTENT)).isEqualByComparingTo("80");
        assertThat(s.points(ScoreSheet.Group.VETO)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(s.items()).allSatisfy(i -> assertThat(i.basis()).startsWith("《"));
        assertThat(s.precheckable()).isEqualTo(9);
        assertThat(s.precheckShare()).isEqualTo(64);
    }

    @Test
    void vetoItemsCarryNoPointsAndItemCodesAreUnique() {
        String vetoWithPoints = """
                {"code":"X","version":1,"title":"t","demonstration":false,"issuedBy":"b","items":[
                 {"code":"V1","group":"VETO","text":"t","points":5,"basis":"b","precheck":null}]}""";
        assertThatThrownBy(() -> ScoreSheets.parse(0, vetoWithPoints)).hasMessageContaining("否决项不计分");
        String duplicate = """
                {"code":"X","version":1,"title":"t","demonstration":false,"issuedBy":"b","items":[
                 {"code":"F1","group":"FORM","text":"t","points":5,"basis":"b","precheck":null},
                 {"code":"F1","group":"FORM","text":"t","points":5,"basis":"b","precheck":null}]}""";
        assertThatThrownBy(() -> ScoreSheets.parse(0, duplicate)).hasMessageContaining("重复");
    }
}
