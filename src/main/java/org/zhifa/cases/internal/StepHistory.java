package org.zhifa.cases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The history of a case (case_step): every step with the facts entered (the typed input, personal data masked), the
 * day and time of the act, the moment it was entered, whether it was entered late (补录) and why, who, and the
 * procedure version it was taken under. Never rewritten.
 */
@Component
class StepHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PERSONAL = Set.of("idNumber", "phone", "contactPhone", "intervieweeIdNumber",
            "intervieweePhone");
    private static final Set<String> ENGINE_FIELDS = Set.of("version", "actedOn", "lateReason");

    private final JdbcClient jdbc;

    StepHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(PenaltyCase kase, Transition t, StepInput input, String actorName, Long actorUserId, CaseState from,
            Instant enteredAt, boolean late, Map<String, Object> notes) {
        ObjectNode payload = (ObjectNode) JSON.valueToTree(input);
        ENGINE_FIELDS.forEach(payload::remove);
        mask(payload);
        if (!notes.isEmpty()) {
            payload.set("recorded", JSON.valueToTree(notes));
        }
        JsonNode reason = payload.get("reason");
        OffsetDateTime actedAt = input.actedAt() == null ? null
                : input.actedOn().atTime(input.actedAt()).atZone(ChinaTime.ZONE).toOffsetDateTime();
        jdbc.sql("""
                insert into case_step (case_id, transition, label, from_state, to_state, acted_on, acted_at, entered_at,
                    late_entry, late_reason, actor_user_id, actor_name, reason, payload, procedure_version)
                values (:c, :t, :l, :f, :to, :on, :at, :entered, :late, :lateReason, :u, :n, :r, cast(:p as jsonb), :v)
                """).param("c", kase.id()).param("t", t.name()).param("l", t.label())
                .param("f", from == null ? null : from.name()).param("to", kase.state().name())
                .param("on", input.actedOn()).param("at", actedAt)
                .param("entered", OffsetDateTime.ofInstant(enteredAt, ChinaTime.ZONE)).param("late", late)
                .param("lateReason", late ? input.lateReason().trim() : null).param("u", actorUserId)
                .param("n", actorName).param("r", reason == null || !reason.isString() ? null : reason.asString())
                .param("p", JSON.writeValueAsString(payload)).param("v", kase.procedure().version()).update();
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String name : Set.copyOf(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (PERSONAL.contains(name) && v.isString() && !v.asString().isBlank()) {
                    o.put(name, masked(v.asString()));
                } else {
                    mask(v);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(StepHistory::mask);
        }
    }

    static String masked(String s) {
        String t = s.trim();
        return t.length() <= 7 ? "*".repeat(t.length()) : t.substring(0, 3) + "*".repeat(t.length() - 7)
                + t.substring(t.length() - 4);
    }
}
