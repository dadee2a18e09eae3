package org.zhifa.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.cases.domain.CaseRepository;
import org.zhifa.cases.domain.InstalmentStatus;
import org.zhifa.cases.domain.LateSurcharge;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.cases.domain.StageJson;
import org.zhifa.cases.procedure.CaseState;
import org.zhifa.cases.rules.CaseFacts;
import org.zhifa.cases.rules.FileCompletenessCheck;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnits;

/** Reads one case with its history, clocks, documents and the caller's next actions, within data scope. */
@Service
public class CaseReader {

    private final CaseRepository cases;
    private final CaseClocks clocks;
    private final CaseDocuments documents;
    private final CaseFacts facts;
    private final DataScope scope;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;
    private final Clock clock;

    CaseReader(CaseRepository cases, CaseClocks clocks, CaseDocuments documents, CaseFacts facts, DataScope scope,
            OrgUnits units, JdbcClient jdbc, ProcedureCatalog catalog, Clock clock) {
        this.cases = cases;
        this.clocks = clocks;
        this.documents = documents;
        this.facts = facts;
        this.scope = scope;
        this.units = units;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    public PenaltyCase load(long id, Actor actor) {
        PenaltyCase c = cases.find(id).orElseThrow(() -> new NotFoundException("未找到该案件，或不在您的数据范围内"));
        scope.requireVisible(actor, c.unitId());
        return c;
    }

    public CaseDetail detail(long id, Actor actor) {
        PenaltyCase c = load(id, actor);
        var docs = documents.list(id);
        Map<String, Long> issued = docs.stream().filter(d -> d.current())
                .collect(Collectors.groupingBy(d -> d.type().name(), Collectors.counting()));
        List<String> problems = c.state() == CaseState.CLOSED || c.state() == CaseState.NOT_FILED
                ? FileCompletenessCheck.missing(c, issued) : List.of();
        var e = c.execution();
        LocalDate today = LocalDate.now(clock);
        var pauses = pauses(c);
        var surcharge = InstalmentStatus.surcharge(c.decision().amountFen(), e, today, pauses);
        var instalments = InstalmentStatus.of(e, today, pauses);
        return new CaseDetail(c.id(), c.version(), c.caseNumber(), c.procedure().name(), c.procedure().label(),
                c.procedureVersion(), c.state().name(), c.state().label(), c.unitId(), units.require(c.unitId()).name(),
                c.source().label(), c.sourceNote(), c.category() == null ? null : c.category().name(),
                c.category() == null ? null : c.category().label(), c.violations(), c.act().actDate(),
                c.act().actTime(), c.act().actEndDate(), c.act().place(), c.act().facts(), c.act().discoveredOn(),
                c.party().kind().label(), c.party().name(), c.party().maskedId(), c.party().address(), c.plateNumber(),
                c.officers().stream().map(o -> new CaseDetail.OfficerLine(o.officerId(), o.name(), o.auxiliary(),
                        o.certificateNumber(), o.recused())).toList(),
                c.registeredOn(), c.filedOn(), c.timeLimitDue(), StageJson.tree(c.filing()),
                StageJson.tree(c.investigation()), c.proposal() == null ? null : StageJson.tree(c.proposal()),
                StageJson.tree(c.notice()), StageJson.tree(c.review()), StageJson.tree(c.decision()),
                StageJson.tree(c.execution()), StageJson.tree(c.closure()), StageJson.tree(c.transfer()),
                StageJson.tree(c.extensions()), surcharge, steps(id), clocks.of(id),
                docs.stream().map(d -> new CaseDetail.DocumentLine(d.id(), d.type().name(), d.title(), d.number(),
                        d.version(), d.current(), d.sm3Pdf(), d.hasDocx())).toList(),
                NextActions.of(c, actor, facts, catalog), problems, c.readOnly(), instalments);
    }

    private static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(org.zhifa.common.ChinaTime.ZONE).toOffsetDateTime();
    }

    static List<LateSurcharge.Pause> pauses(PenaltyCase c) {
        return c.execution().pauses().stream().map(p -> new LateSurcharge.Pause(p.start(), p.end())).toList();
    }

    public List<CaseStepLine> steps(long caseId) {
        return jdbc.sql("select * from case_step where case_id = :c order by id").param("c", caseId)
                .query((rs, i) -> {
                    String from = rs.getString("from_state");
                    String to = rs.getString("to_state");
                    String t = rs.getString("transition");
                    return new CaseStepLine(rs.getLong("id"), t, rs.getString("label"), from,
                            from == null ? "" : CaseState.valueOf(from).label(), to, CaseState.valueOf(to).label(),
                            rs.getObject("acted_on", LocalDate.class), china(rs.getObject("acted_at", OffsetDateTime.class)),
                            china(rs.getObject("entered_at", OffsetDateTime.class)), rs.getBoolean("late_entry"),
                            rs.getString("late_reason"), rs.getString("actor_name"), rs.getString("reason"),
                            rs.getString("payload"), rs.getString("procedure_version"),
                            "return".equals(t) || t.endsWith("-problems"));
                }).list();
    }
}
