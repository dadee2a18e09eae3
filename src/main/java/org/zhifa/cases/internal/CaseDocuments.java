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
import org.zhifa.cases.domain.Sentences;
import org.zhifa.cases.domain.ViolationRef;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.DocumentNumbers;
import org.zhifa.documents.DocumentRequest;
import org.zhifa.documents.DocumentType;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.identity.OrgUnitContact;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.EvidenceLogPublication;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.evidence.LinkedEvidence;

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
    private final LinkedEvidence evidence;
    private final EvidenceLogPublication evidenceLog;

    /** The court printed in remedies when the unit's settings name none. */
    static final String UNNAMED_COURT = "人民法院";

    /** The documents that cite the case's 证据清单 (the list is issued, or issued again, just before them). */
    static final java.util.Set<DocumentType> CITING_EVIDENCE = java.util.EnumSet.of(DocumentType.INVESTIGATION_REPORT,
            DocumentType.VIOLATION_NOTICE, DocumentType.PENALTY_DECISION, DocumentType.NO_PENALTY_DECISION);

    /** The case's own records that are evidence (《行政处罚法》第四十六条), listed with the linked items. */
    private static final Map<DocumentType, String> RECORD_KINDS = recordKinds();

    CaseDocuments(EnforcementDocuments documents, DocumentNumbers numbers, OrgUnits units, CaseFacts facts,
            LinkedEvidence evidence, EvidenceLogPublication evidenceLog) {
        this.documents = documents;
        this.evidenceLog = evidenceLog;
        this.numbers = numbers;
        this.units = units;
        this.facts = facts;
        this.evidence = evidence;
    }

    private static Map<DocumentType, String> recordKinds() {
        Map<DocumentType, String> m = new java.util.EnumMap<>(DocumentType.class);
        m.put(DocumentType.INQUIRY_RECORD, "当事人陈述、证人证言");
        m.put(DocumentType.SITE_RECORD, "现场笔录");
        m.put(DocumentType.INSPECTION_RECORD, "勘验笔录");
        m.put(DocumentType.SAMPLING_VOUCHER, "物证（抽样）");
        m.put(DocumentType.EVIDENCE_PRESERVATION_LIST, "物证（登记保存）");
        m.put(DocumentType.HEARING_RECORD, "听证笔录");
        return m;
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
        if (type.printsUnitContact()) {
            f.putAll(unitContact(c.unitId()));
        }
        DocumentRecordCheck.check(c, type, f);
        documents.validate(type, f);
        if (CITING_EVIDENCE.contains(type)) {
            evidenceList(c, on).ifPresent(list -> f.put(DocumentFields.EVIDENCE_LIST, list));
        }
        DocumentRequest request = DocumentRequest.of(type, c.unitId(), ref(c.id()), f);
        return documents.issue(number == null ? request : request.withNumber(number));
    }

    /**
     * The case's 证据清单 as it stands: the records the case issued that are evidence and the current items of the
     * evidence module linked to the case (kind, title, source, how obtained, SM3, evidence-log index and the QR code of
     * the item's public verification page, as on its evidence certificate). Issued when the
     * case has none yet; issued again as the next version of the same number when the evidence changed since; the
     * same list is cited as it is. Returns the citation printed by the decision and reports (empty: no evidence).
     */
    java.util.Optional<String> evidenceList(PenaltyCase c, LocalDate on) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (IssuedDocument d : documents.list(ref(c.id()))) {
            String kind = RECORD_KINDS.get(d.type());
            if (kind != null && d.current()) {
                rows.add(row(kind, d.title() + (d.number() == null ? "" : "（" + d.number() + "）"),
                        "本案" + d.title() + "，" + day(d.fields().get(DocumentFields.DATE)),
                        "执法人员制作", d.sm3Fields(), "—", null));
            }
        }
        for (LinkedEvidence.Item i : evidence.linkedTo(EvidenceTargetType.CASE, Long.toString(c.id()))) {
            String when = Sentences.day(i.collectedAt().atZone(ChinaTime.ZONE).toLocalDate());
            rows.add(row(i.kind().label(), i.title(), i.unitName() + (i.place() == null ? "" : "，" + i.place()),
                    i.collectedByName() + "于" + when + "收集" + (i.device() == null ? "" : "（" + i.device() + "）"),
                    i.contentSm3() == null ? "无文件" : i.contentSm3(),
                    i.logIndex() == null ? "待记入" : Long.toString(i.logIndex()),
                    // the same public page the item's evidence certificate leads to by its QR code
                    i.logIndex() == null ? null : evidenceLog.reference(i.id())
                            .map(EvidenceLogPublication.LogReference::verificationUrl).orElse(null)));
        }
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        IssuedDocument last = documents.list(ref(c.id())).stream()
                .filter(d -> d.type() == DocumentType.EVIDENCE_LIST && d.current()).reduce((a, b) -> b).orElse(null);
        if (last != null && sameItems(last.fields().get(DocumentFields.EVIDENCE_ITEMS), rows)) {
            return java.util.Optional.of(citation(last, rows.size()));
        }
        Map<String, Object> f = common(c, on);
        f.put(DocumentFields.EVIDENCE_ITEMS, rows);
        int version = last == null ? 1 : last.version() + 1;
        f.put(DocumentFields.EVIDENCE_LIST_VERSION, "第" + version + "版");
        IssuedDocument issued = last == null
                ? documents.issue(DocumentRequest.of(DocumentType.EVIDENCE_LIST, c.unitId(), ref(c.id()), f))
                : documents.correct(last.id(), f, "案件证据有变化（现共" + rows.size() + "项），出具新版证据清单");
        return java.util.Optional.of(citation(issued, rows.size()));
    }

    private static String citation(IssuedDocument list, int items) {
        return list.number() + "（第" + list.version() + "版，共" + items + "项）";
    }

    /** Same items as the stored rows, compared by what identifies each (its kind, title and fingerprint). */
    private static boolean sameItems(Object stored, List<Map<String, Object>> rows) {
        if (!(stored instanceof List<?> old) || old.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!(old.get(i) instanceof Map<?, ?> m) || !String.valueOf(m.get("sm3")).equals(rows.get(i).get("sm3"))
                    || !String.valueOf(m.get("title")).equals(rows.get(i).get("title"))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> row(String kind, String title, String source, String obtained, String sm3,
            String logIndex, String verifyUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("title", title);
        m.put("source", source);
        m.put("obtained", obtained);
        m.put("sm3", sm3);
        m.put("logIndex", logIndex);
        m.put("verifyUrl", verifyUrl);
        return m;
    }

    private static String day(Object isoDate) {
        return isoDate == null ? "" : Sentences.day(LocalDate.parse(isoDate.toString().substring(0, 10)));
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
        f.put(DocumentFields.COURT, court == null || court.isBlank() ? UNNAMED_COURT : court);
        return f;
    }

    /**
     * The issuing unit's address, postcode, contact person and telephone as the unit's master data holds them now
     * (entered on 单位管理), fixed in the notice's content; a value not entered is left out, and the document check
     * then refuses the notice naming it.
     */
    private Map<String, Object> unitContact(long unitId) {
        OrgUnitContact contact = units.require(unitId).contact();
        Map<String, Object> f = new LinkedHashMap<>();
        putEntered(f, DocumentFields.UNIT_ADDRESS, contact.address());
        putEntered(f, DocumentFields.UNIT_POSTAL_CODE, contact.postalCode());
        putEntered(f, DocumentFields.UNIT_CONTACT_PERSON, contact.contactPerson());
        putEntered(f, DocumentFields.UNIT_PHONE, contact.phone());
        return f;
    }

    private static void putEntered(Map<String, Object> f, String key, String value) {
        if (value != null) {
            f.put(key, value);
        }
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
