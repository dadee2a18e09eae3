package org.zhifa.nonsite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zhifa.common.InvalidInputException;

/** Station CSV files read by Jackson's CSV parser: RFC 4180 quoting, row-level refusals, syntax errors by line. */
class RecordCsvReaderTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<DetectionRecord> read(String text, RecordJsonReader.Outcome[] outcome) {
        List<DetectionRecord> records = new ArrayList<>();
        outcome[0] = RecordCsvReader.read(csv(text), records::add);
        return records;
    }

    @Test
    void quoted_cells_keep_their_separators_quotes_and_line_breaks() {
        var outcome = new RecordJsonReader.Outcome[1];
        List<DetectionRecord> records = read("\uFEFFplate,unknown,detectedAt,recordId,images\n"
                + "\"青H,1\",x,2025-06-01T10:00:00+08:00,r1,\"a.jpg;b \"\"正面\"\".jpg\"\n"
                + "\n"
                + "\"青H\n2\",,2025-06-01T10:00:01+08:00,r2,\n", outcome);

        assertThat(outcome[0]).isEqualTo(new RecordJsonReader.Outcome(2, true, null));
        assertThat(records).extracting(r -> r.recordId).containsExactly("r1", "r2");
        assertThat(records).extracting(r -> r.plate).containsExactly("青H,1", "青H\n2");
        assertThat(records.get(0).images).isEqualTo("a.jpg\nb \"正面\".jpg");
        assertThat(records).extracting(r -> r.error).containsOnlyNulls();
    }

    @Test
    void a_nul_or_a_bad_number_refuses_only_its_record() {
        var outcome = new RecordJsonReader.Outcome[1];
        List<DetectionRecord> records = read("recordId,detectedAt,axles\n"
                + "r1,2025-06-01T10:00:00+08:00,2\n"
                + "r\u00002,2025-06-01T10:00:00+08:00,2\n"
                + "r3,2025-06-01T10:00:00+08:00,六\n"
                + "r4,2025-06-01T10:00:00+08:00,6\n", outcome);

        assertThat(outcome[0].complete()).isTrue();
        assertThat(records).extracting(r -> r.index).containsExactly(0, 1, 2, 3);
        assertThat(records.get(0).error).isNull();
        assertThat(records.get(1).error).contains("recordId").contains("空字符");
        assertThat(records.get(2).error).contains("axles 须为整数");
        assertThat(records.get(3).error).isNull();
    }

    @Test
    void a_quote_never_closed_ends_the_file_at_its_line_and_keeps_the_records_before_it() {
        var outcome = new RecordJsonReader.Outcome[1];
        List<DetectionRecord> records = read("recordId,detectedAt\n"
                + "r1,2025-06-01T10:00:00+08:00\n"
                + "\"r2,2025-06-01T10:00:00+08:00\n"
                + "r3,2025-06-01T10:00:00+08:00\n", outcome);

        assertThat(records).extracting(r -> r.recordId).containsExactly("r1");
        assertThat(outcome[0].complete()).isFalse();
        assertThat(outcome[0].records()).isEqualTo(1);
        assertThat(outcome[0].syntaxError()).isEqualTo("第 3 行 CSV 格式错误：引号未闭合");
    }

    @Test
    void a_file_without_a_header_naming_record_id_and_time_is_refused() {
        assertThatThrownBy(() -> RecordCsvReader.read(csv(""), r -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件为空");
        assertThatThrownBy(() -> RecordCsvReader.read(csv("plate,axles\n青H1,2\n"), r -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recordId 和 detectedAt");
    }

    @Test
    void records_reach_the_sink_while_the_file_is_still_being_read() {
        int rows = 200_000;
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            private byte[] line = "recordId,detectedAt\n".getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int row;

            @Override
            public int read() {
                if (pos == line.length) {
                    if (row == rows) {
                        return -1;
                    }
                    row++;
                    line = ("r" + row + ",2025-06-01T10:00:00+08:00\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                served.incrementAndGet();
                return line[pos++] & 0xff;
            }
        };
        long[] servedAtFirst = new long[1];
        int[] count = new int[1];

        var outcome = RecordCsvReader.read(endless, r -> {
            if (count[0]++ == 0) {
                servedAtFirst[0] = served.get();
            }
        });

        assertThat(outcome.records()).isEqualTo(rows);
        assertThat(servedAtFirst[0]).as("bytes read when the first record arrived")
                .isLessThan(served.get() / 10);
    }

    @Test
    void rows_know_the_line_where_they_start() {
        try (CsvRows rows = CsvRows.open(csv("a,b\n1,\"two\nlines\"\n\n3,4\n"))) {
            assertThat(rows.next().line()).isEqualTo(2);
            CsvRows.Row third = rows.next();
            assertThat(third.line()).isEqualTo(5);
            assertThat(rows.cell(third, "b")).isEqualTo("4");
            assertThat(rows.next()).isNull();
        }
    }
}
