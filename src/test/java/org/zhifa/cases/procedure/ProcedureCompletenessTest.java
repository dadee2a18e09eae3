package org.zhifa.cases.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.zhifa.cases.rules.CaseGuards;
import org.zhifa.cases.steps.CaseStep;
import org.zhifa.cases.steps.StepRun;

/**
 * The procedures are derived from the step classes: every transition of the law's table has its class, its own input
 * record (typed, labelled) and its own effect; every state is reachable; every guard is a named policy; no article is
 * a free string in the cases module.
 */
class ProcedureCompletenessTest {

    /** The steps of each procedure (legal-rules §3): removing a step class, or adding one unnamed here, fails. */
    static final Map<Procedure, Set<String>> EXPECTED = Map.of(
            Procedure.ORDINARY, Set.of("register", "submit-filing", "approve-filing", "refuse-filing", "assign-officer",
                    "recuse-officer", "record-inquiry", "record-site", "record-examination", "take-samples",
                    "preserve-evidence", "impose-measure", "extend-measure", "release-measure",
                    "confirm-service-address", "extend-time-limit",
                    "conclude-investigation", "submit-review", "send-to-legal-review", "approve-notice",
                    "legal-review-agree", "legal-review-problems", "issue-notice", "serve-notice", "record-statement",
                    "party-statement", "review-statement", "waive-statement", "waive-hearing", "request-hearing",
                    "schedule-hearing", "serve-hearing-notice", "record-hearing", "send-to-hearing-review",
                    "hearing-review-agree", "hearing-review-problems", "to-discussion", "ready-for-decision",
                    "record-discussion", "record-education", "record-commitment", "decide", "serve-decision",
                    "file-major-decision", "acknowledge-filing", "record-payment", "approve-deferral",
                    "approve-instalments", "pause-surcharge", "resume-surcharge", "send-reminder", "serve-reminder",
                    "apply-court-enforcement", "propose-transfer", "review-transfer", "approve-transfer",
                    "complete-transfer", "propose-closure", "approve-closure", "archive", "return"),
            Procedure.SIMPLIFIED, Set.of("decide-on-the-spot", "confirm-service-address", "file-copy", "hand-in-cash", "record-payment",
                    "approve-deferral", "approve-instalments", "pause-surcharge", "resume-surcharge", "send-reminder",
                    "serve-reminder", "apply-court-enforcement", "propose-closure", "approve-closure", "archive"));

    static List<Class<?>> stepClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseStep.class));
        List<Class<?>> out = new ArrayList<>();
        for (var bd : scanner.findCandidateComponents("org.zhifa.cases.steps")) {
            Class<?> c = Class.forName(bd.getBeanClassName());
            if (!Modifier.isAbstract(c.getModifiers())) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Transition> transitions() throws Exception {
        List<Transition> out = new ArrayList<>();
        for (Class<?> c : stepClasses()) {
            out.add((Transition) c.getField("TRANSITION").get(null));
        }
        return out;
    }

    @Test
    void every_transition_of_every_procedure_has_its_step_class() throws Exception {
        for (Procedure p : Procedure.values()) {
            Set<String> derived = transitions().stream().filter(t -> t.procedures().contains(p)).map(Transition::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(derived).as(p.name()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(p));
        }
    }

    @Test
    void every_step_class_declares_its_own_input_record_and_its_own_effect() throws Exception {
        Set<String> names = new HashSet<>();
        Set<String> schemas = new HashSet<>();
        for (Class<?> c : stepClasses()) {
            Transition t = (Transition) c.getField("TRANSITION").get(null);
            assertThat(names.add(t.name())).as("unique name " + t.name()).isTrue();
            Class<?> input = t.input();
            assertThat(input).as(t.name() + " input").isNotNull();
            assertThat(input.isRecord()).as(t.name() + " input is a record").isTrue();
            assertThat(input.getEnclosingClass()).as(t.name() + " declares its own input").isEqualTo(c);
            assertThat(StepInput.class.isAssignableFrom(input)).isTrue();
            Schema schema = input.getAnnotation(Schema.class);
            assertThat(schema).as(t.name() + " input schema").isNotNull();
            assertThat(schemas.add(schema.name())).as("unique schema " + schema.name()).isTrue();
            for (RecordComponent rc : input.getRecordComponents()) {
                Schema s = rc.getAccessor().getAnnotation(Schema.class);
                assertThat(s).as(t.name() + "." + rc.getName() + " has a Chinese label").isNotNull();
                assertThat(s.description()).isNotBlank();
            }
            assertThat(c.getDeclaredMethod("perform", StepRun.class)).as(t.name() + " effect").isNotNull();
            if (t.opens()) {
                assertThat(c.getDeclaredMethod("draft", input, org.zhifa.common.Actor.class)).isNotNull();
            } else {
                assertThat(java.util.Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName))
                        .as(t.name() + " carries the version").contains("version");
            }
            assertThat(t.roles().isEmpty() && !t.name().equals("party-statement")).as(t.name() + " roles").isFalse();
        }
    }

    @Test
    void every_state_of_each_procedure_is_reachable_from_its_opening_step() throws Exception {
        for (Procedure p : Procedure.values()) {
            List<Transition> ts = transitions().stream().filter(t -> t.procedures().contains(p)).toList();
            Set<CaseState> reached = EnumSet.noneOf(CaseState.class);
            ts.stream().filter(Transition::opens).forEach(t -> reached.add(t.to()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Transition t : ts) {
                    if (!t.returns() && t.to() != null && reached.stream().anyMatch(t::startsFrom) && reached.add(t.to())) {
                        grew = true;
                    }
                }
            }
            assertThat(reached).as(p.name()).containsExactlyInAnyOrderElementsOf(p.states());
        }
    }

    @Test
    void every_guard_is_a_named_policy_and_is_declared_by_some_step() throws Exception {
        Set<GuardName> used = EnumSet.noneOf(GuardName.class);
        transitions().forEach(t -> used.addAll(t.guards()));
        for (GuardName g : GuardName.values()) {
            assertThat(CaseGuards.covers(g)).as(g.name()).isTrue();
            assertThat(used).as("declared by a step: " + g.name()).contains(g);
        }
    }

    private static final Pattern FREE_ARTICLE = Pattern.compile("\"[^\"\\n]*《[^》\"]*》第");

    @Test
    void no_article_is_a_free_string_in_the_cases_module() throws IOException {
        Path root = Path.of("src/main/java/org/zhifa/cases");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.endsWith("Articles.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("/**") && !line.startsWith("//")
                            && FREE_ARTICLE.matcher(line).find()) {
                        offenders.add(root.relativize(f) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
