package org.zhifa.nonsite.internal;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of an uploaded CSV file (RFC 4180: quotes, quoted separators and line breaks; UTF-8, a BOM skipped), read
 * one at a time with Jackson's streaming CSV parser, each with the line on which it starts. The first row names the
 * columns; order is free and unknown columns are ignored.
 */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    /** The file is not well-formed CSV from {@code line} on (e.g. a quote that is never closed). */
    static final class SyntaxError extends RuntimeException {
        final int line;

        SyntaxError(int line, String message) {
            super("第 " + line + " 行 CSV 格式错误：" + message);
            this.line = line;
        }
    }

    /** A data row: its cells and the 1-based line of the file where it starts (the header is line 1). */
    record Row(List<String> cells, int line) {
    }

    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private int line;

    private CsvRows(MappingIterator<String[]> rows) {
        this.rows = rows;
    }

    /** Opens the file and reads its header; {@code null} when the file is empty. */
    static CsvRows open(InputStream in) {
        CsvRows csv = new CsvRows(MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in));
        Row header = csv.next();
        if (header == null) {
            csv.close();
            return null;
        }
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            csv.columns.put(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name, i);
        }
        return csv;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** The next row that is not blank, or {@code null} at the end of the file. */
    Row next() {
        try {
            while (true) {
                // Where the next row begins: a syntax error is reported there (e.g. where a quote opens), not at the
                // end of the file where the parser noticed it.
                line = rows.parser().currentLocation().getLineNr();
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] cells = rows.nextValue();
                // the parser gives a row's token the line where the row starts
                line = rows.parser().currentTokenLocation().getLineNr();
                if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
                    continue;
                }
                return new Row(Arrays.asList(cells), line);
            }
        } catch (JacksonException e) {
            String m = String.valueOf(e.getOriginalMessage());
            throw new SyntaxError(line, m.contains("closing quote") ? "引号未闭合" : "无法按 CSV（RFC 4180）解析此行");
        }
    }

    /** The stripped cell of the named column, or {@code null} when the column is absent or the cell empty. */
    String cell(Row row, String name) {
        String v = raw(row, name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** The cell as it was in the file, or {@code null} when the column is absent from the header or the row. */
    String raw(Row row, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.cells().size() ? null : row.cells().get(i);
    }

    /** The names of the header's columns. */
    Iterable<String> columnNames() {
        return columns.keySet();
    }

    @Override
    public void close() {
        rows.close();
    }
}
