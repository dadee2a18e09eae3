package org.zhifa.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form input reaches controllers through Spring's data binding and Bean Validation (common.FormErrors renders the
 * errors), never parsed by hand: no number, date, time or enum is parsed from a request's text in a {@code web}
 * package, and no {@code NumberFormatException} or {@code DateTimeParseException} is caught there.
 */
class FormInputByBindingTest {

    private static final Pattern HAND_PARSING = Pattern.compile(String.join("|",
            "(Integer\\.parseInt|Long\\.parseLong|Double\\.parseDouble|Short\\.parseShort)\\(",
            "(Integer|Long|Boolean)\\.valueOf\\([^)]*(\\.get\\(\"|\\.strip\\(\\)|\\.trim\\(\\))",
            "Boolean\\.valueOf\\([a-z]\\w*\\)", "new BigDecimal\\((?!\")",
            "(LocalDate|LocalTime|LocalDateTime|YearMonth|Year|Instant)\\.parse\\(", "Enum\\.valueOf\\(",
            "NumberFormatException", "DateTimeParseException"));

    /**
     * Parsing that is not of a form's value, with the reason: the number of a list row in a field's name, the id of
     * the page a handler redirected to, an HTTP {@code Range} header.
     */
    private static final Map<String, String> NOT_FORM_INPUT = Map.of(
            "cases/web/StepForms.java", "row index inside a field name (list[3].x), matched by a pattern of digits",
            "cases/web/CaseFormController.java", "case id read back from the handler's own redirect",
            "evidence/web/ContentResponder.java", "HTTP Range header (RFC 9110), not a form");

    @Test
    void no_controller_parses_numbers_dates_or_enums_of_a_form_by_hand() throws IOException {
        Map<String, List<String>> found = leftovers();
        Map<String, List<String>> unexpected = new TreeMap<>(found);
        NOT_FORM_INPUT.keySet().forEach(unexpected::remove);
        assertThat(unexpected).as("hand parsing of form input in web packages: bind a form record instead "
                + "(see common.FormErrors)").isEmpty();
    }

    private static Map<String, List<String>> leftovers() throws IOException {
        Path root = Path.of("src/main/java/org/zhifa");
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")
                    && p.getParent().getFileName().toString().equals("web")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = HAND_PARSING.matcher(lines.get(i));
                    if (m.find() && !lines.get(i).strip().startsWith("import ")) {
                        found.computeIfAbsent(root.relativize(f).toString(), k -> new java.util.ArrayList<>())
                                .add((i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
