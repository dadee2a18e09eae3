package org.zhifa.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentNumbers;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.cases.rules.CaseFacts;

/**
 * Issues the case's documents through the documents module (PDF with SM3, gapless numbers in the step's
 * transaction): the fields every document shares come from the case, the step adds its own.
 */
@Component
public class CaseDocuments {

    private final EnforcementDocuments documents;
    private final DocumentNumbers numbers;
    private final OrgUnits units;
    private final CaseFacts facts;

    CaseDocuments(EnforcementDocuments documents, DocumentNumbers numbers, OrgUnits units, CaseFacts facts) {
        this.documents = documents;
        this.numbers = numbers;
        this.units = units;
        this.facts = facts;
    }

    public static String ref(long caseId) {
        return "CASE:" + caseId;
    }

    /** The case number (案号): the 立案登记表 number of the unit's sequence for the year (legal-rules §10). */
    public String nextNumber(long unitId, DocumentType type, int year) {
        OrgUnitView unit = units.require(unitId);
        return numbers.next(unitId, unit.shortName(), type, year);
    }

    public IssuedDocument issue(PenaltyCase c, DocumentType type, LocalDate on, Map<String, Object> own) {
        return issue(c, type, on, own, null);
    }

    /** Issues a document of the case; {@code number} null draws one when the type is numbered. */
    public IssuedDocument issue(PenaltyCase c, DocumentType type, LocalDate on, Map<String, Object> own,
            String number) {
        Map<String, Object> f = common(c, on);
        f.putAll(own);
        DocumentRequest request = DocumentRequest.of(type, c.unitId(), ref(c.id()), f);
        return documents.issue(number == null ? request : request.withNumber(number));
    }

    public List<IssuedDocument> list(long caseId) {
        return documents.list(ref(caseId));
    }

    /**
     * The fields every document of the case shares, each from one fact of the record: the case number, the date, the
     * party, the acting officers, the cause, the facts (as established at the end of the investigation, before that as
     * registered), the place of the act, the provision violated and the penalty provision (two different articles),
     * the evidence as the handler listed it, and the remedies configured for the unit. A step's own fields replace
     * these (e.g. the officers present at an inquiry, the place of a hearing).
     */
    private Map<String, Object> common(PenaltyCase c, LocalDate on) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (c.caseNumber() != null) {
            f.put(DocumentFields.CASE_NUMBER, c.caseNumber());
        }
        f.put(DocumentFields.DATE, on);
        f.put(DocumentFields.PARTY, party(c));
        f.put(DocumentFields.OFFICERS, officers(c.actingOfficers()));
        f.put(DocumentFields.CAUSE, cause(c));
        String established = c.proposal() == null ? null : c.proposal().facts();
        f.put(DocumentFields.FACTS, established != null ? established : c.act().facts());
        f.put(DocumentFields.PLACE, c.act().place());
        f.put(DocumentFields.VIOLATED_PROVISION, join(c, ViolationRef::violatedRef));
        f.put(DocumentFields.PENALTY_BASIS, join(c, ViolationRef::penaltyBasis));
        if (c.proposal() != null && c.proposal().evidence() != null) {
            f.put(DocumentFields.EVIDENCE, c.proposal().evidence());
        }
        String body = c.decision().reconsiderationBody();
        String court = c.decision().court();
        if (body == null) {
            var remedies = facts.remedies(c.unitId());
            body = remedies.map(CaseFacts.Remedies::reconsiderationBody).orElse(null);
            court = remedies.map(CaseFacts.Remedies::court).orElse(null);
        }
        if (body != null) {
            f.put(DocumentFields.RECONSIDERATION_BODY, body);
        }
        f.put(DocumentFields.COURT, court == null || court.isBlank() ? "人民法院" : court);
        return f;
    }

    private static String join(PenaltyCase c, java.util.function.Function<ViolationRef, String> part) {
        return c.violations().stream().map(part).filter(s -> s != null && !s.isBlank()).distinct()
                .collect(Collectors.joining("；"));
    }

    public static String cause(PenaltyCase c) {
        return c.violations().stream().map(ViolationRef::name).collect(Collectors.joining("；"));
    }

    public static Map<String, Object> party(PenaltyCase c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", c.party().name());
        p.put("kind", c.party().kind() == PartyKind.CITIZEN ? "公民" : "法人或者其他组织");
        if (c.party().idNumber() != null) {
            p.put("idNumber", c.party().idNumber());
        }
        if (c.party().address() != null) {
            p.put("address", c.party().address());
        }
        if (c.party().phone() != null) {
            p.put("phone", c.party().phone());
        }
        if (c.plateNumber() != null) {
            p.put("plateNumber", c.plateNumber());
        }
        return p;
    }

    /** Officers as a document lists them: name and certificate number. */
    public static List<Map<String, Object>> officers(List<CaseOfficer> officers) {
        return officers.stream().map(CaseDocuments::officer).toList();
    }

    private static Map<String, Object> officer(CaseOfficer o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("certificateNumber", o.certificateNumber() == null ? "" : o.certificateNumber());
        return m;
    }
}
