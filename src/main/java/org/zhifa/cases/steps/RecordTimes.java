package org.zhifa.cases.steps;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.InvestigationRecord.Act;
import org.zhifa.cases.internal.CaseDocuments;
import org.zhifa.cases.procedure.StepInput;
import org.zhifa.cases.rules.InputFacts;
import org.zhifa.common.InvalidInputException;
import org.zhifa.documents.DocumentType;

/**
 * The start and end of a recorded act on its day (the end after the start, 400 otherwise), and the 笔录 that officers
 * make while they act: its times, place, officers present, recorder and shown credentials all from the input.
 */
final class RecordTimes {

    /** The input of a 笔录 made while officers act. */
    interface Recorded extends StepInput, InputFacts.OfficersPresent {
        LocalTime startTime();

        LocalTime endTime();

        String place();

        Long recorderId();

        Boolean credentialsShown();

        @Override
        default LocalTime actedAt() {
            return startTime();
        }
    }

    private RecordTimes() {
    }

    static void inOrder(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new InvalidInputException("结束时间应晚于开始时间", Map.of("endTime", "结束时间应晚于开始时间"));
        }
    }

    /**
     * Issues the 笔录 with the input's session facts and the step's own ({@code more}: keys and values) and records the
     * act on the case with the officers present.
     */
    static void issue(StepRun<? extends Recorded> run, DocumentType type, Object... more) {
        Recorded in = run.input();
        inOrder(in.startTime(), in.endTime());
        Present.credentials(in.credentialsShown());
        var officers = Present.officers(run.kase(), in.officerIds(), "officerIds");
        var recorder = Present.officer(run.kase(), in.recorderId(), "recorderId");
        Map<String, Object> fields = Present.fields("startTime", run.at(in.startTime()), "endTime",
                run.at(in.endTime()), "place", in.place(), "officers", CaseDocuments.officers(officers),
                "recorder", recorder.name(), "credentialsShown", true);
        fields.putAll(Present.fields(more));
        var doc = run.issue(type, fields);
        run.kase().recordAct(run.check(), new Act(type.name(), run.on(), doc.id(), doc.number(),
                in.officerIds()));
    }
}
