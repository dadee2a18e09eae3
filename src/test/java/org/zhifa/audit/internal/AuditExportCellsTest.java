package org.zhifa.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells are quoted per RFC 4180 and never become spreadsheet formulas. */
class AuditExportCellsTest {

    @Test
    void csv_values_are_quoted_and_formulas_defused() {
        assertThat(AuditExport.csvCell(null)).isEmpty();
        assertThat(AuditExport.csvCell("立案")).isEqualTo("立案");
        assertThat(AuditExport.csvCell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(AuditExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditExport.csvCell("-1")).isEqualTo("'-1");
    }

    @Test
    void values_are_cleaned_to_fit_the_columns_without_losing_the_record() {
        assertThat(JdbcAuditTrail.clean("a\u0000b", 10)).isEqualTo("a\uFFFDb");
        assertThat(JdbcAuditTrail.clean("😀😀😀", 2)).isEqualTo("😀…");
        assertThat(JdbcAuditTrail.clean(null, 2)).isNull();
    }
}
