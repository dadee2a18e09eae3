package org.zhifa.personnel.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.IdCardNumber;

/**
 * Imports a roster sheet. By default all or nothing: one bad row and nothing is saved. Only when the user chooses
 * “仅导入有效行” are the valid rows saved and the others reported.
 */
@Service
public class RosterImport {

    private final PersonnelService service;
    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final PersonnelAccess access;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RosterImport(PersonnelService service, OfficerRepository officers, CertificateRepository certificates,
            PersonnelAccess access, OrgUnits units, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.service = service;
        this.officers = officers;
        this.certificates = certificates;
        this.access = access;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Outcome: the checked rows and how many were saved. */
    public record Result(List<RosterImportValidator.CheckedRow> rows, int imported, boolean validOnly) {

        public long invalid() {
            return rows.stream().filter(r -> !r.valid()).count();
        }

        public List<RosterImportValidator.RowError> errors() {
            return rows.stream().flatMap(r -> r.errors().stream()).toList();
        }
    }

    @Transactional
    public Result run(Actor actor, InputStream xlsx, boolean validOnly) {
        List<RosterImportValidator.CheckedRow> rows = new RosterImportValidator(lookups(actor), LocalDate.now(clock))
                .check(RosterWorkbook.read(xlsx));
        boolean anyInvalid = rows.stream().anyMatch(r -> !r.valid());
        if (rows.isEmpty() || (anyInvalid && !validOnly)) {
            audit.refused("ROSTER_IMPORT", "OFFICER", null, "名册导入未执行：" + rows.size() + " 行中 "
                    + rows.stream().filter(r -> !r.valid()).count() + " 行有错误");
            return new Result(rows, 0, validOnly);
        }
        int imported = 0;
        for (RosterImportValidator.CheckedRow row : rows) {
            if (!row.valid()) {
                continue;
            }
            long id = service.register(actor, row.officer());
            if (row.certificate() != null) {
                service.issueCertificate(actor, id, row.certificate());
            }
            imported++;
        }
        audit.success("ROSTER_IMPORT", "OFFICER", null, "名册导入 " + imported + " 人"
                + (anyInvalid ? "（仅导入有效行，跳过 " + (rows.size() - imported) + " 行）" : ""));
        return new Result(rows, imported, validOnly);
    }

    RosterImportValidator.Lookups lookups(Actor actor) {
        return new RosterImportValidator.Lookups() {
            @Override
            public Optional<Long> unitByName(String name) {
                return units.findByName(name).map(OrgUnitView::id);
            }

            @Override
            public boolean editable(long unitId) {
                return access.edits(actor, unitId);
            }

            @Override
            public boolean idNumberRegistered(IdCardNumber number) {
                return officers.idOf(number).isPresent();
            }

            @Override
            public boolean certificateNumberRegistered(String number) {
                return certificates.numberTaken(number);
            }

            @Override
            public Optional<Long> officerInUnit(long unitId, String name) {
                List<Long> ids = jdbc.sql("""
                        select id from officer where unit_id = ? and name = ? and kind = 'OFFICER' and status = 'ACTIVE'
                        """).params(unitId, name).query(Long.class).list();
                return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
            }
        };
    }
}
