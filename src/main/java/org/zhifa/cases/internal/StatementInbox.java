package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.PartyStatementInbox;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.rules.Articles;
import org.zhifa.cases.steps.ReceivePartyStatement;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.Rejection;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.identity.OrgUnits;

/**
 * The party's own view of a non-site case and online statement (《行政处罚法》第四十一条、第四十五条): found only with
 * the notice number and the plate together; a statement is accepted while the statement window is open.
 */
@Service
class StatementInbox implements PartyStatementInbox {

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final OrgUnits units;
    private final PersonalDataCipher cipher;
    private final CaseWorkflow workflow;
    private final Clock clock;

    StatementInbox(JdbcClient jdbc, CaseRepository cases, OrgUnits units, PersonalDataCipher cipher,
            CaseWorkflow workflow, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.units = units;
        this.cipher = cipher;
        this.workflow = workflow;
        this.clock = clock;
    }

    private Optional<PenaltyCase> find(String notice, String plate) {
        if (notice == null || plate == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from penalty_case where notice_number = :n and plate_number = :p")
                .param("n", notice.trim()).param("p", plate.replaceAll("\\s", "").toUpperCase()).query(Long.class)
                .optional().flatMap(cases::find);
    }

    @Override
    public Optional<PartyView> lookup(String noticeNumber, String plateNumber) {
        return find(noticeNumber, plateNumber).map(c -> new PartyView(c.id(), noticeNumber.trim(), c.plateNumber(),
                units.require(c.unitId()).name(), c.act().actDate().atStartOfDay(ChinaTime.ZONE).toInstant(),
                c.act().place(), CaseDocuments.cause(c), c.act().facts(), List.of("非现场执法监测记录"), List.of(),
                c.state().label(), c.notice().statementDue(), open(c)));
    }

    private boolean open(PenaltyCase c) {
        LocalDate today = LocalDate.now(clock);
        return c.notice().served() && c.notice().statementWaiver() == null && !today.isAfter(c.notice().statementDue())
                && !c.decision().made();
    }

    /**
     * Records the statement through the engine as the party's own step ({@code party-statement}): the window and the
     * version are checked there, the history shows it and it then needs its written review like any statement.
     */
    @Override
    @Transactional
    public Receipt submit(String noticeNumber, String plateNumber, String statement, String contactPhone) {
        PenaltyCase c = find(noticeNumber, plateNumber).orElseThrow(() -> Rejection.of(Articles.ELECTRONIC_MONITORING,
                "通知书编号与车牌号不匹配").exception());
        if (!open(c)) {
            throw Rejection.of(Articles.STATEMENT, c.notice().served() ? "陈述申辩期限已届满或案件已作出决定"
                    : "尚未告知拟作出的行政处罚，暂不能提交陈述申辩").exception();
        }
        if (statement == null || statement.isBlank()) {
            throw new org.zhifa.common.InvalidInputException("请填写陈述申辩内容", Map.of("statement", "请填写陈述申辩内容"));
        }
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                insert into party_statement (case_id, receipt_number, statement, phone_cipher)
                values (:c, 'pending-' || gen_random_uuid(), :s, :p) returning id
                """).param("c", c.id()).param("s", statement.trim()).param("p", cipher.encrypt(contactPhone))
                .query(Long.class).single();
        String receipt = "CS" + today.toString().replace("-", "") + id;
        jdbc.sql("update party_statement set receipt_number = :r where id = :id").param("r", receipt).param("id", id)
                .update();
        workflow.perform(c.id(), workflow.step(ReceivePartyStatement.TRANSITION.name()),
                new ReceivePartyStatement.Input(c.version(), today, null, statement.trim(), receipt),
                new PartyActor("当事人（在线）"));
        return new Receipt(receipt, clock.instant());
    }
}
