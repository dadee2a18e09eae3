package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhifa.audit.internal.AuditCanonical;
import org.zhifa.audit.internal.AuditCanonical.Content;
import org.zhifa.crypto.Sm3;

/** The SM3 chain's canonical encoding (legal-rules §11: audit records protected against alteration). */
class AuditCanonicalTest {

    private static final Content BASE = new Content(AuditCanonical.GENESIS, 7L,
            Instant.parse("2025-03-01T02:04:05.123456789Z"), "officer1", 11L, "德令哈市交通运输综合行政执法大队",
            "CASE_FILED", "CASE", "42", "SUCCESS", "立案", "10.0.0.8");

    @Test
    void the_canonical_layout_is_the_documented_one() {
        String us = "\u001F";
        assertThat(AuditCanonical.encode(BASE)).isEqualTo(String.join(us, AuditCanonical.GENESIS, "7",
                "2025-03-01T02:04:05.123456Z", "officer1", "11", "德令哈市交通运输综合行政执法大队", "CASE_FILED", "CASE",
                "42", "SUCCESS", "立案", "10.0.0.8"));
        assertThat(AuditCanonical.hash(BASE)).isEqualTo(Sm3.hex(AuditCanonical.encode(BASE)))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void time_is_hashed_at_microsecond_precision_as_postgresql_stores_it() {
        Content nanos = BASE;
        Content micros = with(BASE, c -> new Content(c.prevHash(), c.id(),
                Instant.parse("2025-03-01T02:04:05.123456Z"), c.username(), c.unitId(), c.unitName(), c.action(),
                c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()));
        assertThat(AuditCanonical.hash(nanos)).isEqualTo(AuditCanonical.hash(micros));
        assertThat(AuditCanonical.formatInstant(Instant.parse("2025-03-01T02:04:05Z")))
                .isEqualTo("2025-03-01T02:04:05.000000Z");
    }

    @Test
    void altering_any_field_of_an_audit_record_changes_its_sm3_hash() {
        List<UnaryOperator<Content>> alterations = List.of(
                c -> new Content("1".repeat(64), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), 8L, c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt().plusNanos(1000), c.username(), c.unitId(),
                        c.unitName(), c.action(), c.objectType(), c.objectId(), c.result(), c.detail(),
                        c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), "officer2", c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), null, c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), 10L, c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), null, c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), "格尔木市",
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        "CASE_CLOSED", c.objectType(), c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), "EVIDENCE", c.objectId(), c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), "43", c.result(), c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), "REFUSED", c.detail(), c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), "立案。", c.sourceAddress()),
                c -> new Content(c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(),
                        c.action(), c.objectType(), c.objectId(), c.result(), c.detail(), "10.0.0.9"));
        String original = AuditCanonical.hash(BASE);
        for (UnaryOperator<Content> alteration : alterations) {
            assertThat(AuditCanonical.hash(with(BASE, alteration))).isNotEqualTo(original);
        }
    }

    @Test
    void a_separator_inside_a_value_cannot_move_content_between_fields() {
        Content split = new Content(AuditCanonical.GENESIS, 1L, BASE.occurredAt(), "a\u001Fb", null, null,
                "X", null, null, "SUCCESS", null, null);
        Content shifted = new Content(AuditCanonical.GENESIS, 1L, BASE.occurredAt(), "a", null, "b",
                "X", null, null, "SUCCESS", null, null);
        Content emptyVsNull = new Content(AuditCanonical.GENESIS, 1L, BASE.occurredAt(), "", null, null,
                "X", null, null, "SUCCESS", null, null);
        Content nullUser = new Content(AuditCanonical.GENESIS, 1L, BASE.occurredAt(), null, null, null,
                "X", null, null, "SUCCESS", null, null);
        assertThat(AuditCanonical.encode(split)).isNotEqualTo(AuditCanonical.encode(shifted));
        assertThat(AuditCanonical.hash(emptyVsNull)).isNotEqualTo(AuditCanonical.hash(nullUser));
    }

    @Test
    void each_record_hash_depends_on_the_previous_record_so_the_records_form_a_chain() {
        Content first = BASE;
        String firstHash = AuditCanonical.hash(first);
        Content second = new Content(firstHash, 8L, BASE.occurredAt(), "auditor", 1L, "海西州交通运输局",
                "AUDIT_VERIFIED", "AUDIT_RECORD", null, "SUCCESS", "完整性校验通过", null);
        Content secondAfterAlteredFirst = new Content(AuditCanonical.hash(with(first, c -> new Content(
                c.prevHash(), c.id(), c.occurredAt(), c.username(), c.unitId(), c.unitName(), c.action(),
                c.objectType(), c.objectId(), c.result(), "已篡改", c.sourceAddress()))), 8L, BASE.occurredAt(),
                "auditor", 1L, "海西州交通运输局", "AUDIT_VERIFIED", "AUDIT_RECORD", null, "SUCCESS", "完整性校验通过", null);
        assertThat(AuditCanonical.hash(second)).isNotEqualTo(AuditCanonical.hash(secondAfterAlteredFirst));
    }

    private static Content with(Content c, UnaryOperator<Content> change) {
        return change.apply(c);
    }
}
