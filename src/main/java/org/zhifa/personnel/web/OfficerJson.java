package org.zhifa.personnel.web;

import java.time.LocalDate;
import java.util.List;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.internal.CancellationTask;
import org.zhifa.personnel.internal.EnforcementCertificate;
import org.zhifa.personnel.internal.Officer;
import org.zhifa.personnel.internal.OfficerDetails;
import org.zhifa.personnel.internal.OfficerProfile;
import org.zhifa.personnel.internal.OfficerRow;

/** JSON shapes of the roster API. The ID number only ever leaves masked. */
final class OfficerJson {

    private OfficerJson() {
    }

    record Line(long id, String kind, String name, long unitId, String unitName, String idNumber, String post,
            String status, boolean legalReviewer, String certificateNumber, String certificateState,
            LocalDate certificateExpiresOn) {
    }

    static Line line(OfficerRow r, OrgUnits units) {
        return new Line(r.id(), r.kind().name(), r.name(), r.unitId(),
                units.find(r.unitId()).map(OrgUnitView::name).orElse(""), r.idMasked(), r.post(), r.status().name(),
                r.legalReviewer(), r.certNumber(), r.certState() == null ? null : r.certState().name(),
                r.certExpiresOn());
    }

    record Event(LocalDate date, String reason, String from, String to, LocalDate expiresOn, String note,
            String recordedBy) {
    }

    record Certificate(long id, String number, String issuingAuthority, List<String> categories, LocalDate issuedOn,
            LocalDate expiresOn, String state, int version, List<Event> history) {
    }

    record Cancellation(long id, LocalDate startedOn, LocalDate reportedOn, LocalDate completedOn) {
    }

    record Detail(long id, String kind, String name, String gender, String ethnicity, String idNumber,
            String education, boolean legalQualification, String legalQualificationNo, boolean legalReviewer,
            String post, String employmentType, LocalDate joinedOn, long unitId, String unitName, Long userId,
            String username, String status, LocalDate leftOn, String hiringForm, LocalDate contractStart,
            LocalDate contractEnd, String duties, Long responsibleOfficerId, String responsibleOfficerName,
            int version, List<Certificate> certificates, List<Cancellation> cancellations) {
    }

    static Detail detail(OfficerProfile p, LocalDate today) {
        Officer o = p.officer();
        OfficerDetails d = o.details();
        return new Detail(o.id(), o.kind().name(), d.name(), d.gender().label(), d.ethnicity(),
                d.idNumber().masked(), d.education() == null ? null : d.education().label(), d.legalQualification(),
                d.legalQualificationNo(), d.legalReviewer(), d.post(),
                d.employmentType() == null ? null : d.employmentType().label(), d.joinedOn(), o.unitId(), p.unitName(),
                o.userId(), p.username(), o.status().name(), o.leftOn(), d.hiringForm(), d.contractStart(),
                d.contractEnd(), d.duties(), d.responsibleOfficerId(), p.responsibleOfficerName(), o.version(),
                p.certificates().stream().map(c -> certificate(c, today)).toList(),
                p.cancellations().stream().map(t -> new Cancellation(t.id(), t.startedOn(), t.reportedOn(),
                        t.completedOn())).toList());
    }

    static Certificate certificate(EnforcementCertificate c, LocalDate today) {
        CertificateState state = c.stateOn(today);
        return new Certificate(c.id(), c.number(), c.issuingAuthority(),
                c.categories().stream().map(EnforcementCategory::name).toList(), c.issuedOn(), c.expiresOn(),
                state == null ? null : state.name(), c.version(),
                c.history().stream().map(e -> new Event(e.occurredOn(), e.reason().label(),
                        e.from() == null ? null : e.from().label(), e.to().label(), e.expiresOn(), e.note(),
                        e.recordedBy())).toList());
    }

    static List<CancellationTask> open(OfficerProfile p) {
        return p.cancellations().stream().filter(t -> !t.completed()).toList();
    }
}
