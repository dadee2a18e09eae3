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

/**
 * Issues the case's documents through the documents module (PDF with SM3, gapless numbers in the step's
 * transaction): the fields every document shares come from the case, the step adds its own.
 */
@Component
public class CaseDocuments {

    private final EnforcementDocuments documents;
    private final DocumentNumbers numbers;
    private final OrgUnits units;

    CaseDocuments(EnforcementDocuments documents, DocumentNumbers numbers, OrgUnits units) {
        this.documents = documents;
        this.numbers = numbers;
        this.units = units;
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

    private Map<String, Object> common(PenaltyCase c, LocalDate on) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (c.caseNumber() != null) {
            f.put(DocumentFields.CASE_NUMBER, c.caseNumber());
        }
        f.put(DocumentFields.DATE, on);
        f.put(DocumentFields.PARTY, party(c));
        f.put(DocumentFields.OFFICERS, officers(c));
        f.put(DocumentFields.CAUSE, cause(c));
        f.put(DocumentFields.FACTS, c.act().facts() == null || c.act().facts().isBlank() ? cause(c) : c.act().facts());
        f.put(DocumentFields.PLACE, c.act().place());
        f.put(DocumentFields.VIOLATED_PROVISION, basis(c));
        f.put(DocumentFields.PENALTY_BASIS, basis(c));
        f.put(DocumentFields.EVIDENCE, "现场笔录、询问笔录、执法记录仪音像记录等（详见证据清单）");
        OrgUnitView unit = units.require(c.unitId());
        String superior = unit.parentId() == null ? unit.name() : units.require(unit.parentId()).name();
        f.put(DocumentFields.RECONSIDERATION_BODY, superior + "或者本级人民政府");
        f.put(DocumentFields.COURT, "有管辖权的人民法院");
        return f;
    }

    public static String cause(PenaltyCase c) {
        return c.violations().stream().map(ViolationRef::name).collect(Collectors.joining("；"));
    }

    static String basis(PenaltyCase c) {
        String b = c.violations().stream().map(ViolationRef::penaltyBasis).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("；"));
        return b.isBlank() ? cause(c) : b;
    }

    static Map<String, Object> party(PenaltyCase c) {
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

    static List<Map<String, Object>> officers(PenaltyCase c) {
        return c.actingOfficers().stream().map(CaseDocuments::officer).toList();
    }

    private static Map<String, Object> officer(CaseOfficer o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        m.put("certificateNumber", o.certificateNumber() == null ? "" : o.certificateNumber());
        return m;
    }
}
