package org.zhifa.cases.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.procedure.Procedure;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.personnel.EnforcementCategory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the aggregate: indexed columns for the list, jsonb for the stage records, the officers in their own table.
 * The party's ID number and phone are SM4-encrypted with a blind index and a masked copy. A stale version gives
 * {@link OptimisticLockingFailureException} (→ 409).
 */
@Repository
public class CaseRepository {

    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withFieldVisibility(Visibility.ANY).withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    CaseRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public long insert(PenaltyCase c) {
        long id = jdbc.sql("""
                insert into penalty_case (unit_id, procedure, procedure_version, state, source, act_date, act_place,
                    party_kind, party_name, registered_on, last_step_on, created_by)
                values (:unit, :procedure, :version, :state, :source, :act, :place, :kind, :name, :registered,
                    :registered, :by)
                returning id
                """).param("unit", c.unitId).param("procedure", c.procedure.name())
                .param("version", c.procedureVersion).param("state", c.state.name())
                .param("source", c.source.name()).param("act", c.act.actDate()).param("place", c.act.place())
                .param("kind", c.party.kind().name()).param("name", c.party.name())
                .param("registered", c.registeredOn).param("by", c.createdBy).query(Long.class).single();
        c.id = id;
        c.version = 0;
        update(c);
        return id;
    }

    /** Writes the aggregate if nobody changed it since it was read; bumps the version. */
    public void update(PenaltyCase c) {
        Party p = c.party;
        int n = jdbc.sql("""
                update penalty_case set version = version + 1, state = :state, case_number = :number,
                    source = :source, source_note = :sourceNote, category = :category, act_date = :actDate,
                    act_time = :actTime, act_end_date = :actEnd,
                    act_place = :place, longitude = :lon, latitude = :lat, discovered_on = :discovered, facts = :facts,
                    serious_harm = :serious, party_kind = :kind, party_name = :name, party_id_cipher = :idc,
                    party_id_index = :idx, party_id_masked = :idm, party_address = :address,
                    party_phone_cipher = :phone, plate_number = :plate, violation_codes = cast(:codes as text[]),
                    violations = cast(:violations as jsonb), officer_names = :officerNames,
                    officer_ids = cast(:officerIds as bigint[]), filed_on = :filed,
                    time_limit_due = :limit, decided_on = :decided, outcome = :outcome, decision_amount_fen = :amount,
                    closed_on = :closed, archived_at = case when :state = 'ARCHIVED' then coalesce(archived_at, now()) end,
                    next_due_on = case when :state = 'ARCHIVED' then null else next_due_on end,
                    criminal_suspected = :criminal, last_step_on = :last, filing = cast(:filing as jsonb),
                    investigation = cast(:investigation as jsonb), closure = cast(:closure as jsonb),
                    transfer = cast(:transfer as jsonb),
                    proposal = cast(:proposal as jsonb), notice = cast(:notice as jsonb), review = cast(:review as jsonb),
                    decision = cast(:decision as jsonb), execution = cast(:execution as jsonb),
                    extensions = cast(:extensions as jsonb),
                    address_confirmations = cast(:addressConfirmations as jsonb), discretion_facts = cast(:dfacts as jsonb), updated_at = now()
                where id = :id and version = :version
                """)
                .param("state", c.state.name()).param("number", c.caseNumber).param("source", c.source.name())
                .param("sourceNote", c.sourceNote).param("category", c.category == null ? null : c.category.name())
                .param("actDate", c.act.actDate()).param("actTime", c.act.actTime()).param("actEnd", c.act.actEndDate())
                .param("place", c.act.place()).param("lon", c.act.longitude()).param("lat", c.act.latitude())
                .param("discovered", c.act.discoveredOn()).param("facts", c.act.facts())
                .param("serious", c.act.seriousHarm()).param("kind", p.kind().name()).param("name", p.name())
                .param("idc", cipher.encrypt(p.idNumber())).param("idx", cipher.blindIndex(p.idNumber()))
                .param("idm", p.maskedId()).param("address", p.address()).param("phone", cipher.encrypt(p.phone()))
                .param("plate", c.plateNumber)
                .param("codes", TextArray.of(c.violations.stream().map(ViolationRef::code).toList()))
                .param("violations", JSON.writeValueAsString(c.violations))
                .param("officerNames", c.officers.stream().filter(o -> !o.recused()).map(CaseOfficer::name)
                        .collect(Collectors.joining("、")))
                .param("officerIds", c.officers.stream().filter(CaseOfficer::acting)
                        .map(o -> Long.toString(o.officerId())).collect(Collectors.joining(",", "{", "}")))
                .param("filed", c.filedOn).param("limit", c.timeLimitDue).param("decided", c.decision.decidedOn)
                .param("outcome", c.decision.outcome == null ? null : c.decision.outcome.name())
                .param("amount", c.decision.made() ? c.decision.amountFen : null)
                .param("closed", c.closure.approvedOn).param("criminal", c.transfer.proposed())
                .param("last", c.lastStepOn).param("filing", JSON.writeValueAsString(c.filing))
                .param("investigation", JSON.writeValueAsString(c.investigation))
                .param("closure", JSON.writeValueAsString(c.closure)).param("transfer", JSON.writeValueAsString(c.transfer))
                .param("proposal", c.proposal == null ? null : JSON.writeValueAsString(c.proposal))
                .param("notice", JSON.writeValueAsString(c.notice)).param("review", JSON.writeValueAsString(c.review))
                .param("decision", JSON.writeValueAsString(c.decision))
                .param("execution", JSON.writeValueAsString(c.execution))
                .param("extensions", JSON.writeValueAsString(c.extensions))
                .param("addressConfirmations", JSON.writeValueAsString(c.addressConfirmations))
                .param("dfacts", JSON.writeValueAsString(c.discretionFacts))
                .param("id", c.id).param("version", c.version).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("案件 " + c.id + " 已被他人修改");
        }
        c.version++;
        saveOfficers(c);
    }

    private void saveOfficers(PenaltyCase c) {
        jdbc.sql("delete from case_officer where case_id = :id").param("id", c.id).update();
        int pos = 0;
        for (CaseOfficer o : c.officers) {
            jdbc.sql("""
                    insert into case_officer (case_id, officer_id, user_id, name, auxiliary, certificate_number, recused,
                        position) values (:c, :o, :u, :n, :a, :cert, :r, :p)
                    """).param("c", c.id).param("o", o.officerId()).param("u", o.userId()).param("n", o.name())
                    .param("a", o.auxiliary()).param("cert", o.certificateNumber()).param("r", o.recused())
                    .param("p", pos++).update();
        }
    }

    public void setNextDue(long caseId) {
        jdbc.sql("""
                update penalty_case set next_due_on = (select min(due_on) from case_clock
                    where case_id = :id and closed_on is null and state in ('RUNNING', 'OVERDUE')) where id = :id
                """).param("id", caseId).update();
    }

    public Optional<PenaltyCase> find(long id) {
        return jdbc.sql("select * from penalty_case where id = :id").param("id", id).query(this::map).optional()
                .map(c -> {
                    c.officers = new ArrayList<>(officers(id));
                    return c;
                });
    }

    /** Locks the row for the step (concurrent steps on one case queue instead of both passing the guards). */
    public Optional<PenaltyCase> findForUpdate(long id) {
        jdbc.sql("select id from penalty_case where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    public List<CaseOfficer> officers(long caseId) {
        return jdbc.sql("select * from case_officer where case_id = :id order by position").param("id", caseId)
                .query((rs, i) -> new CaseOfficer(rs.getLong("officer_id"), (Long) rs.getObject("user_id"),
                        rs.getString("name"), rs.getBoolean("auxiliary"), rs.getString("certificate_number"),
                        rs.getBoolean("recused"))).list();
    }

    private PenaltyCase map(ResultSet rs, int row) throws SQLException {
        PenaltyCase c = new PenaltyCase();
        c.id = rs.getLong("id");
        c.version = rs.getInt("version");
        c.unitId = rs.getLong("unit_id");
        c.procedure = Procedure.valueOf(rs.getString("procedure"));
        c.procedureVersion = rs.getString("procedure_version");
        String category = rs.getString("category");
        c.category = category == null ? null : EnforcementCategory.valueOf(category);
        c.state = CaseState.valueOf(rs.getString("state"));
        c.caseNumber = rs.getString("case_number");
        c.source = CaseSource.valueOf(rs.getString("source"));
        c.sourceNote = rs.getString("source_note");
        c.act = new ActDetails(date(rs, "act_date"), rs.getObject("act_time", LocalTime.class), date(rs, "act_end_date"),
                rs.getString("act_place"),
                rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"), date(rs, "discovered_on"),
                rs.getString("facts"), rs.getBoolean("serious_harm"));
        c.party = new Party(PartyKind.valueOf(rs.getString("party_kind")), rs.getString("party_name"),
                cipher.decrypt(rs.getString("party_id_cipher")), rs.getString("party_address"),
                cipher.decrypt(rs.getString("party_phone_cipher")));
        c.plateNumber = rs.getString("plate_number");
        c.violations = new ArrayList<>(JSON.readValue(rs.getString("violations"), new TypeReference<List<ViolationRef>>() { }));
        String proposal = rs.getString("proposal");
        c.proposal = proposal == null ? null : JSON.readValue(proposal, Proposal.class);
        c.notice = JSON.readValue(rs.getString("notice"), NoticeRecord.class);
        c.review = JSON.readValue(rs.getString("review"), ReviewRecord.class);
        c.decision = JSON.readValue(rs.getString("decision"), DecisionRecord.class);
        c.execution = JSON.readValue(rs.getString("execution"), ExecutionRecord.class);
        c.filing = JSON.readValue(rs.getString("filing"), FilingRecord.class);
        c.investigation = JSON.readValue(rs.getString("investigation"), InvestigationRecord.class);
        c.closure = JSON.readValue(rs.getString("closure"), ClosureRecord.class);
        c.transfer = JSON.readValue(rs.getString("transfer"), TransferRecord.class);
        c.extensions = new ArrayList<>(JSON.readValue(rs.getString("extensions"), new TypeReference<List<Extension>>() { }));
        c.addressConfirmations = new ArrayList<>(JSON.readValue(rs.getString("address_confirmations"),
                new TypeReference<List<AddressConfirmation>>() { }));
        c.discretionFacts = JSON.readValue(rs.getString("discretion_facts"), new TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        c.registeredOn = date(rs, "registered_on");
        c.filedOn = date(rs, "filed_on");
        c.timeLimitDue = date(rs, "time_limit_due");
        c.lastStepOn = date(rs, "last_step_on");
        c.createdBy = rs.getLong("created_by");
        return c;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
