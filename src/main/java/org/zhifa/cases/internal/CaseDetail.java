package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.LateSurcharge;
import org.zhifa.cases.domain.ViolationRef;
import tools.jackson.databind.JsonNode;

/** Everything the case page and GET /api/cases/{id} show. The party's ID number is masked. */
public record CaseDetail(long id, int version, String caseNumber, String procedure, String procedureLabel,
        String procedureVersion, String state, String stateLabel, long unitId, String unitName, String source,
        String sourceNote, String category, String categoryLabel, List<ViolationRef> violations, LocalDate actDate,
        LocalTime actTime, LocalDate actEndDate, String place, String facts, LocalDate discoveredOn, String partyKind,
        String partyName, String partyIdMasked, String partyAddress, String plateNumber, List<OfficerLine> officers,
        LocalDate registeredOn, LocalDate filedOn, LocalDate timeLimitDue, JsonNode filing, JsonNode investigation,
        JsonNode proposal, JsonNode notice, JsonNode review, JsonNode decision, JsonNode execution, JsonNode closure,
        JsonNode transfer, JsonNode extensions, LateSurcharge.Result surcharge, List<CaseStepLine> steps,
        List<CaseClock> clocks, List<DocumentLine> documents, List<NextAction> nextActions, List<String> fileProblems,
        boolean readOnly, List<InstalmentStatus.Line> instalments) {

    public record OfficerLine(long officerId, String name, boolean auxiliary, String certificateNumber,
            boolean recused) {
    }

    public record DocumentLine(long id, String type, String title, String number, int version, boolean current,
            String sm3, boolean docx) {
    }
}
