package org.zhifa.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hearing is stored as JSON in the case's {@code notice} column: hearings scheduled before the hearing officers and
 * the recorder were recorded load with none of them, and hearings held before who recorded at the hearing was kept load
 * without it (no migration rewrites the stored rows).
 */
class StoredHearingTest {

    private static final String BEFORE = """
            {"noticeNumber":"德交执通〔2026〕1号","issuedOn":"2026-09-04","hearingApplies":true,
             "hearingRequestedOn":"2026-09-07",
             "hearing":{"at":"2026-09-18T09:30:00","place":"听证室","presidingOfficerId":9,"presidingName":"周局长",
                        "publicity":"PUBLIC","noticeNumber":"德交执听通〔2026〕1号","noticeService":null,"heldOn":null,
                        "attendance":null}}
            """;

    @Test
    void a_hearing_stored_before_the_recorder_was_recorded_loads_with_no_hearing_officers_and_no_recorder() {
        NoticeRecord n = CaseRepository.JSON.readValue(BEFORE, NoticeRecord.class);
        assertThat(n.hearing().presidingName()).isEqualTo("周局长");
        assertThat(n.hearing().hearingOfficers()).isEmpty();
        assertThat(n.hearing().hearingOfficerNames()).isNull();
        assertThat(n.hearing().recorder()).isNull();
        assertThat(n.hearing().recordedBy()).isNull();
    }

    /** A hearing held before who recorded it was kept loads with none; one held since keeps the officer chosen. */
    @Test
    void who_recorded_at_the_hearing_is_stored_with_the_hearing_and_absent_from_hearings_held_before() {
        String heldBefore = BEFORE.replace("\"heldOn\":null", "\"heldOn\":\"2026-09-18\"")
                .replace("\"attendance\":null", "\"attendance\":\"PARTY\"");
        NoticeRecord n = CaseRepository.JSON.readValue(heldBefore, NoticeRecord.class);
        assertThat(n.hearing().heldOn()).isEqualTo(java.time.LocalDate.of(2026, 9, 18));
        assertThat(n.hearing().recordedBy()).isNull();
        NoticeRecord.Hearing h = n.hearing();
        n.hearing = new NoticeRecord.Hearing(h.at(), h.place(), h.presidingOfficerId(), h.presidingName(),
                h.hearingOfficers(), h.recorder(), h.publicity(), h.noticeNumber(), null, h.heldOn(), h.attendance(),
                new NoticeRecord.HearingPerson(8, "褚记录"));
        NoticeRecord back = CaseRepository.JSON.readValue(CaseRepository.JSON.writeValueAsString(n), NoticeRecord.class);
        assertThat(back.hearing().recordedBy()).isEqualTo(new NoticeRecord.HearingPerson(8, "褚记录"));
    }

    @Test
    void the_hearing_officers_and_the_recorder_are_stored_and_read_back() {
        NoticeRecord n = CaseRepository.JSON.readValue(BEFORE, NoticeRecord.class);
        NoticeRecord.Hearing h = n.hearing();
        n.hearing = new NoticeRecord.Hearing(h.at(), h.place(), h.presidingOfficerId(), h.presidingName(),
                java.util.List.of(new NoticeRecord.HearingPerson(5, "孙法制"), new NoticeRecord.HearingPerson(6, "赵执法")),
                new NoticeRecord.HearingPerson(7, "钱记录"), h.publicity(), h.noticeNumber(), null, null, null, null);
        NoticeRecord back = CaseRepository.JSON.readValue(CaseRepository.JSON.writeValueAsString(n), NoticeRecord.class);
        assertThat(back.hearing().hearingOfficerNames()).isEqualTo("孙法制、赵执法");
        assertThat(back.hearing().recorder()).isEqualTo(new NoticeRecord.HearingPerson(7, "钱记录"));
    }
}
