package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The order of elements of each document of the standard set follows its national form (交通运输行政执法文书式样): one
 * table ({@code documents/national-form-order.tsv}) lists, per type, the headings and labels zhifa prints in the order
 * the form has them; every type is rendered from the sample fields the other document tests use and read back in reading
 * order (poppler's layout), and the elements must appear in that order. docs/documents.md lists the same table, so the
 * documentation cannot drift from what is checked.
 */
class NationalFormOrderTest {

    static final String TABLE = "documents/national-form-order.tsv";
    static final String ARROW = " → ";

    /** The table: type → elements in order. */
    static Map<DocumentType, List<String>> table() throws IOException {
        Map<DocumentType, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = NationalFormOrderTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(2);
                DocumentType type = DocumentType.valueOf(cells[0].strip());
                assertThat(out.put(type, elements(cells[1]))).as("%s listed twice", type).isNull();
            }
        }
        return out;
    }

    static List<String> elements(String cell) {
        return Arrays.stream(cell.strip().split(ARROW)).map(String::strip).toList();
    }

    /**
     * The first element that is not found after the one before it (null when all are in order): each element is looked
     * for from just after the previous one, so two elements printed the other way round fail.
     */
    static Optional<String> outOfOrder(String text, List<String> elements) {
        int at = 0;
        String previous = "(开头)";
        for (String e : elements) {
            int found = text.indexOf(e, at);
            if (found < 0) {
                return Optional.of("“" + e + "” 不在 “" + previous + "” 之后"
                        + (text.contains(e) ? "（文中有，但在其前）" : "（文中没有）"));
            }
            at = found + e.length();
            previous = e;
        }
        return Optional.empty();
    }

    /** The first part as a reader sees it: the pages in reading order, up to the cut line of a two-part form. */
    static String firstPartText(DocumentType type, Map<String, Object> fields) throws Exception {
        String all = String.join("", PdfPages.readingTexts(DocumentLayoutTest.render(type, fields)));
        int cut = all.indexOf("沿此线裁开");
        return cut < 0 ? all : all.substring(0, cut);
    }

    @Test
    void every_type_of_the_standard_set_prints_the_elements_of_its_national_form_in_the_form_s_order() throws Exception {
        Map<DocumentType, List<String>> table = table();
        assertThat(table.keySet()).as("every type of the standard set has its order listed")
                .containsExactlyInAnyOrderElementsOf(DocumentType.standardSet());
        List<String> problems = new ArrayList<>();
        for (var row : table.entrySet()) {
            String text = firstPartText(row.getKey(), SampleDocuments.complete(row.getKey()));
            outOfOrder(text, row.getValue()).ifPresent(p -> problems.add(row.getKey() + "：" + p));
            // the check decides: the same elements with the first and the last exchanged are refused
            List<String> swapped = new ArrayList<>(row.getValue());
            java.util.Collections.swap(swapped, 0, swapped.size() - 1);
            if (outOfOrder(text, swapped).isEmpty()) {
                problems.add(row.getKey() + "：交换首尾两项后仍判为顺序正确");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void two_elements_printed_the_other_way_round_are_refused() {
        List<String> order = List.of("案号", "当事人：", "违法事实：", "违反的规定：", "处罚依据：", "（印章）");
        String right = "行政处罚决定书案号：德交执罚〔2025〕3号当事人：张示例违法事实：超限运输违反的规定：《公路安全保护条例》第三十三条"
                + "处罚依据：《公路安全保护条例》第六十四条（印章）德令哈市交通运输综合行政执法大队";
        String swapped = "行政处罚决定书案号：德交执罚〔2025〕3号当事人：张示例违法事实：超限运输处罚依据：《公路安全保护条例》第六十四条"
                + "违反的规定：《公路安全保护条例》第三十三条（印章）德令哈市交通运输综合行政执法大队";
        assertThat(outOfOrder(right, order)).isEmpty();
        assertThat(outOfOrder(swapped, order)).hasValue("“处罚依据：” 不在 “违反的规定：” 之后（文中有，但在其前）");
        assertThat(outOfOrder(right.replace("处罚依据：", "依据："), order)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("“处罚依据：”").endsWith("（文中没有）"));
    }

    @Test
    void a_rendered_document_whose_two_elements_come_the_other_way_round_is_refused() throws Exception {
        // the real rendering of a notice with the violated provision and the penalty basis exchanged in the fields'
        // values: what the table expects in the labels' order is then found the other way round in the values
        Map<String, Object> f = SampleDocuments.complete(DocumentType.PENALTY_DECISION);
        List<String> byValue = List.of("《公路安全保护条例》第三十三条第一款", "《公路安全保护条例》第六十四条");
        assertThat(outOfOrder(firstPartText(DocumentType.PENALTY_DECISION, f), byValue)).isEmpty();
        Object violated = f.get(DocumentFields.VIOLATED_PROVISION);
        f.put(DocumentFields.VIOLATED_PROVISION, f.get(DocumentFields.PENALTY_BASIS));
        f.put(DocumentFields.PENALTY_BASIS, violated);
        assertThat(outOfOrder(firstPartText(DocumentType.PENALTY_DECISION, f), byValue)).isPresent();
    }

    @Test
    void docs_documents_md_lists_the_same_element_order_as_the_checked_table() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/documents.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("### The order of elements, as checked");
        assertThat(start).as("docs/documents.md has the section").isNotNegative();
        Map<DocumentType, List<String>> documented = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            DocumentType type = DocumentType.valueOf(cells[1].strip().replace("`", ""));
            documented.put(type, elements(cells[cells.length - 1]));
        }
        assertThat(documented).isEqualTo(table());
    }
}
