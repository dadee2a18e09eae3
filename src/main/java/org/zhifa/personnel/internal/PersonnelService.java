package org.zhifa.personnel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.Rejection;
import org.zhifa.identity.OrgUnits;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.IdCardNumber;
import org.zhifa.personnel.PersonnelProperties;

/** Roster changes: every one checked against the actor's scope and recorded in the audit trail. */
@Service
@Transactional
public class PersonnelService {

    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CancellationTasks cancellations;
    private final PersonnelAccess access;
    private final OrgUnits units;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final PersonnelProperties properties;
    private final PhotoStore photos;
    private final Clock clock;

    PersonnelService(OfficerRepository officers, CertificateRepository certificates, CancellationTasks cancellations,
            PersonnelAccess access, OrgUnits units, UserDirectory users, AuditTrail audit,
            PersonnelProperties properties, PhotoStore photos, Clock clock) {
        this.officers = officers;
        this.certificates = certificates;
        this.cancellations = cancellations;
        this.access = access;
        this.units = units;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Officer read(Actor actor, long id) {
        Officer o = officers.find(id).orElseThrow(() -> new NotFoundException("未找到该人员，或不在您的数据范围内"));
        access.requireReadable(actor, o);
        return o;
    }

    @Transactional(readOnly = true)
    public OfficerProfile profile(Actor actor, long id) {
        Officer o = read(actor, id);
        String username = o.userId() == null ? null : users.find(o.userId()).map(UserView::username).orElse(null);
        String responsible = o.details().responsibleOfficerId() == null ? null
                : officers.find(o.details().responsibleOfficerId()).map(Officer::name).orElse(null);
        return new OfficerProfile(o, units.find(o.unitId()).map(org.zhifa.identity.OrgUnitView::name).orElse(""),
                username, responsible, certificates.findByOfficer(id), cancellations.ofOfficer(id),
                photos.exists(id), access.edits(actor, o.unitId()));
    }

    @Transactional(readOnly = true)
    public Optional<PhotoStore.Photo> photo(Actor actor, long id) {
        read(actor, id);
        return photos.find(id);
    }

    public long register(Actor actor, OfficerForm form) {
        Map<String, String> errors = form.check(LocalDate.now(clock));
        if (form.getUnitId() != null && !errors.containsKey("unitId")) {
            access.requireEditable(actor, form.getUnitId());
        }
        Long userId = resolve(form, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        Officer o = Officer.register(form.staffKind(), form.getUnitId(), form.toDetails(userId));
        long id = officers.insert(o);
        audit.success("OFFICER_REGISTERED", "OFFICER", id,
                o.kind().label() + " " + o.name() + "（" + units.require(o.unitId()).name() + "）");
        return id;
    }

    public void revise(Actor actor, long id, OfficerForm form) {
        Officer o = read(actor, id);
        access.requireEditable(actor, o.unitId());
        if (form.getVersion() != null && form.getVersion() != o.version()) {
            throw new OptimisticLockingFailureException("officer " + id);
        }
        form.setKind(o.kind().name());
        Map<String, String> errors = form.check(LocalDate.now(clock));
        if (form.getUnitId() != null && !errors.containsKey("unitId")) {
            access.requireEditable(actor, form.getUnitId());
        }
        Long userId = resolve(form, id, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        o.revise(form.getUnitId(), form.toDetails(userId));
        officers.update(o);
        audit.success("OFFICER_UPDATED", "OFFICER", id, "修改人员信息 " + o.name());
    }

    /**
     * Checks what needs the database (unit, duplicate ID number, user account, responsible officer) and returns
     * the linked user id.
     */
    Long resolve(OfficerForm form, Long selfId, Map<String, String> errors) {
        if (form.getUnitId() != null && units.find(form.getUnitId()).isEmpty()) {
            errors.put("unitId", "所属单位不存在");
        }
        if (!errors.containsKey("idNumber")) {
            officers.idOf(IdCardNumber.of(form.getIdNumber())).filter(other -> !other.equals(selfId))
                    .ifPresent(other -> errors.put("idNumber", "该身份证号已登记在其他人员名下"));
        }
        Long userId = null;
        if (!OfficerForm.blank(form.getUsername())) {
            Optional<UserView> user = users.findByUsername(form.getUsername().trim());
            if (user.isEmpty()) {
                errors.put("username", "系统账号不存在");
            } else {
                userId = user.get().id();
                officers.idOfUser(userId).filter(other -> !other.equals(selfId))
                        .ifPresent(other -> errors.put("username", "该系统账号已关联其他人员"));
                if (user.get().roles().stream().anyMatch(r -> r.isAdmin())) {
                    errors.put("username", "管理员账号不能关联执法人员（三员分立）");
                }
            }
        }
        if (form.staffKind() == StaffKind.AUXILIARY && form.getResponsibleOfficerId() != null) {
            Optional<Officer> responsible = officers.find(form.getResponsibleOfficerId());
            if (responsible.isEmpty() || responsible.get().auxiliary()
                    || responsible.get().status() != OfficerStatus.ACTIVE) {
                errors.put("responsibleOfficerId", "责任人须为在岗的执法人员");
            }
        }
        return userId;
    }

    /** Leaves the post and starts the cancellation of the certificates (方案第6条). */
    public void leave(Actor actor, long id, LocalDate date, String note) {
        Officer o = read(actor, id);
        access.requireEditable(actor, o.unitId());
        if (date == null) {
            throw new InvalidInputException("请填写离岗日期", Map.of("leftOn", "请填写离岗日期"));
        }
        o.leave(date);
        officers.update(o);
        boolean holdsCertificate = certificates.findByOfficer(id).stream()
                .anyMatch(c -> !c.recordedState().terminal());
        if (holdsCertificate) {
            cancellations.start(id, date, OfficerForm.blank(note) ? "退出执法岗位" : note.trim());
        }
        audit.success("OFFICER_LEFT", "OFFICER", id, o.name() + " 于 " + date + " 退出执法岗位"
                + (holdsCertificate ? "，已启动执法证注销" : ""));
    }

    public void reportCancellation(Actor actor, long taskId, LocalDate reportedOn) {
        CancellationTask t = task(actor, taskId);
        if (t.completed()) {
            throw Rejection.of(Officer.ARTICLE_QUALIFICATION, "注销已办结").exception();
        }
        if (reportedOn == null || reportedOn.isBefore(t.startedOn()) || reportedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("报送日期须在离岗日期之后且不晚于今天", Map.of("reportedOn", "报送日期不正确"));
        }
        cancellations.save(taskId, t.version(), reportedOn, null);
        audit.success("CERTIFICATE_CANCELLATION_REPORTED", "OFFICER", t.officerId(),
                "已于 " + reportedOn + " 报同级司法行政部门注销执法证");
    }

    /** The justice bureau has cancelled: every certificate still standing is recorded as 注销 on that day. */
    public void completeCancellation(Actor actor, long taskId, LocalDate completedOn) {
        CancellationTask t = task(actor, taskId);
        if (t.completed()) {
            throw Rejection.of(Officer.ARTICLE_QUALIFICATION, "注销已办结").exception();
        }
        if (t.reportedOn() == null) {
            throw Rejection.of(Officer.ARTICLE_QUALIFICATION, "须先报同级司法行政部门，再登记注销办结").exception();
        }
        if (completedOn == null || completedOn.isBefore(t.reportedOn()) || completedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("办结日期须不早于报送日期且不晚于今天", Map.of("completedOn", "办结日期不正确"));
        }
        for (EnforcementCertificate c : certificates.findByOfficer(t.officerId())) {
            if (!c.recordedState().terminal()) {
                c.change(CertificateChangeReason.CANCELLATION, completedOn, LocalDate.now(clock),
                        "退出执法岗位，经同级司法行政部门注销（方案第6条）", null, null, actor.username());
                certificates.update(c);
            }
        }
        cancellations.save(taskId, t.version(), t.reportedOn(), completedOn);
        audit.success("CERTIFICATE_CANCELLATION_COMPLETED", "OFFICER", t.officerId(),
                "执法证注销已于 " + completedOn + " 办结");
    }

    private CancellationTask task(Actor actor, long taskId) {
        CancellationTask t = cancellations.find(taskId).orElseThrow(() -> new NotFoundException("未找到注销任务"));
        Officer o = read(actor, t.officerId());
        access.requireEditable(actor, o.unitId());
        return t;
    }

    public long issueCertificate(Actor actor, long officerId, CertificateForm form) {
        Officer o = read(actor, officerId);
        access.requireEditable(actor, o.unitId());
        Map<String, String> errors = new LinkedHashMap<>(form.check(LocalDate.now(clock)));
        if (o.auxiliary()) {
            throw Rejection.of("《行政处罚法》第四十二条；方案第7条", "辅助人员不得申领行政执法证件").exception();
        }
        if (o.status() == OfficerStatus.LEFT) {
            throw Rejection.of(Officer.ARTICLE_QUALIFICATION, "已退出执法岗位的人员不能申领执法证").exception();
        }
        if (!errors.containsKey("number") && certificates.numberTaken(form.getNumber())) {
            errors.put("number", "该执法证号已登记");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容：" + String.join("；", errors.values()), errors);
        }
        EnforcementCertificate c = EnforcementCertificate.issue(officerId, form.getNumber(),
                form.getIssuingAuthority().trim(), form.categorySet(), form.getIssuedOn(), form.getExpiresOn(),
                OfficerForm.blank(form.getNote()) ? "申领" : form.getNote().trim(), actor.username());
        long id = certificates.insert(c);
        audit.success("CERTIFICATE_ISSUED", "CERTIFICATE", id, "登记执法证 " + c.number() + "（" + o.name() + "）");
        return id;
    }

    public void changeCertificate(Actor actor, long certificateId, CertificateChangeReason reason, LocalDate date,
            String note, LocalDate newExpiry, String newNumber, Integer version) {
        EnforcementCertificate c = certificates.find(certificateId)
                .orElseThrow(() -> new NotFoundException("未找到该执法证"));
        Officer o = read(actor, c.officerId());
        access.requireEditable(actor, o.unitId());
        if (version != null && version != c.version()) {
            throw new OptimisticLockingFailureException("certificate " + certificateId);
        }
        if (date == null) {
            throw new InvalidInputException("请填写变更日期", Map.of("date", "请填写变更日期"));
        }
        if (reason == CertificateChangeReason.RENEWAL && newNumber != null && !newNumber.isBlank()
                && !newNumber.trim().equals(c.number()) && certificates.numberTaken(newNumber)) {
            throw new InvalidInputException("新执法证号已登记", Map.of("newNumber", "该执法证号已登记"));
        }
        CertificateState before = c.recordedState();
        c.change(reason, date, LocalDate.now(clock), note, newExpiry, newNumber, actor.username());
        certificates.update(c);
        audit.success("CERTIFICATE_" + reason.name(), "CERTIFICATE", certificateId,
                "执法证 " + c.number() + " " + reason.label() + "：" + before.label() + "→" + c.recordedState().label());
    }

    public void uploadPhoto(Actor actor, long officerId, String originalName, byte[] data) {
        Officer o = read(actor, officerId);
        access.requireEditable(actor, o.unitId());
        String type = PhotoStore.detectType(data);
        if (type == null) {
            throw new InvalidInputException("照片须为 JPG 或 PNG 图片", Map.of("photo", "照片须为 JPG 或 PNG 图片"));
        }
        if (data.length > properties.photoMaxBytes()) {
            throw new InvalidInputException("照片不能超过 2 MB", Map.of("photo", "照片不能超过 2 MB"));
        }
        photos.save(officerId, type, data);
        audit.success("OFFICER_PHOTO_UPLOADED", "OFFICER", officerId, "上传照片 " + o.name());
    }
}
