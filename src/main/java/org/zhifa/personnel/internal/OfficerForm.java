package org.zhifa.personnel.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhifa.personnel.IdCardNumber;

/**
 * What a user types to register or edit a person (web form, JSON, one roster row). {@link #check(LocalDate)} finds the
 * problems that need no database, in Chinese, per field; the page binds it with Spring, a typed field's label is its
 * {@code @Schema} description.
 */
public class OfficerForm {

    private String kind = StaffKind.OFFICER.name();
    @Schema(description = "所属单位")
    private Long unitId;
    private String name;
    private String gender;
    private String ethnicity;
    private String idNumber;
    private String education;
    private boolean legalQualification;
    private String legalQualificationNo;
    private boolean legalReviewer;
    private String post;
    private String employmentType;
    @Schema(description = "入职日期")
    private LocalDate joinedOn;
    private String username;
    private String hiringForm;
    @Schema(description = "合同开始日期")
    private LocalDate contractStart;
    @Schema(description = "合同结束日期")
    private LocalDate contractEnd;
    private String duties;
    @Schema(description = "责任执法人员")
    private Long responsibleOfficerId;
    @Schema(description = "版本号")
    private Integer version;

    /** Field → problem for everything that can be judged from the form alone. */
    public Map<String, String> check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (StaffKind.parse(kind).isEmpty()) {
            errors.put("kind", "人员类别不正确");
        }
        if (unitId == null) {
            errors.put("unitId", "请选择所属单位");
        }
        if (blank(name)) {
            errors.put("name", "请填写姓名");
        } else if (name.trim().length() > 50) {
            errors.put("name", "姓名不能超过50个字");
        }
        if (Gender.parse(gender).isEmpty()) {
            errors.put("gender", "请选择性别");
        }
        String idProblem = IdCardNumber.problem(idNumber);
        if (idProblem != null) {
            errors.put("idNumber", idProblem);
        }
        if (!blank(education) && Education.parse(education).isEmpty()) {
            errors.put("education", "学历不正确");
        }
        if (!blank(employmentType) && EmploymentType.parse(employmentType).isEmpty()) {
            errors.put("employmentType", "用人方式不正确");
        }
        if (legalQualification && blank(legalQualificationNo)) {
            errors.put("legalQualificationNo", "具有法律职业资格的，请填写证书编号");
        }
        if (joinedOn != null && joinedOn.isAfter(today)) {
            errors.put("joinedOn", "入职日期不能晚于今天");
        }
        boolean auxiliary = StaffKind.AUXILIARY.name().equals(StaffKind.parse(kind).map(Enum::name).orElse(null));
        if (auxiliary) {
            if (legalReviewer) {
                errors.put("legalReviewer", "辅助人员不能担任法制审核人员");
            }
            if (responsibleOfficerId == null) {
                errors.put("responsibleOfficerId", "请指定负责管理该辅助人员的执法人员（谁使用谁管理谁负责）");
            }
            if (contractStart != null && contractEnd != null && contractEnd.isBefore(contractStart)) {
                errors.put("contractEnd", "合同结束日期不能早于开始日期");
            }
        }
        if (!blank(ethnicity) && ethnicity.trim().length() > 20) {
            errors.put("ethnicity", "民族不能超过20个字");
        }
        if (!blank(post) && post.trim().length() > 50) {
            errors.put("post", "岗位不能超过50个字");
        }
        return errors;
    }

    public StaffKind staffKind() {
        return StaffKind.parse(kind).orElse(StaffKind.OFFICER);
    }

    /** The details, once {@link #check(LocalDate)} found nothing; the user link is resolved by the caller. */
    public OfficerDetails toDetails(Long userId) {
        boolean auxiliary = staffKind() == StaffKind.AUXILIARY;
        return new OfficerDetails(name.trim(), Gender.parse(gender).orElseThrow(), trim(ethnicity),
                IdCardNumber.of(idNumber), Education.parse(education).orElse(null), legalQualification,
                legalQualification ? trim(legalQualificationNo) : null, !auxiliary && legalReviewer, trim(post),
                EmploymentType.parse(employmentType).orElse(null), joinedOn, userId,
                auxiliary ? trim(hiringForm) : null, auxiliary ? contractStart : null, auxiliary ? contractEnd : null,
                auxiliary ? trim(duties) : null, auxiliary ? responsibleOfficerId : null);
    }

    /** A form filled from a stored record, for editing (the ID number is shown in full only to its editor). */
    public static OfficerForm of(Officer o, String username) {
        OfficerForm f = new OfficerForm();
        OfficerDetails d = o.details();
        f.kind = o.kind().name();
        f.unitId = o.unitId();
        f.name = d.name();
        f.gender = d.gender().name();
        f.ethnicity = d.ethnicity();
        f.idNumber = d.idNumber().value();
        f.education = d.education() == null ? null : d.education().name();
        f.legalQualification = d.legalQualification();
        f.legalQualificationNo = d.legalQualificationNo();
        f.legalReviewer = d.legalReviewer();
        f.post = d.post();
        f.employmentType = d.employmentType() == null ? null : d.employmentType().name();
        f.joinedOn = d.joinedOn();
        f.username = username;
        f.hiringForm = d.hiringForm();
        f.contractStart = d.contractStart();
        f.contractEnd = d.contractEnd();
        f.duties = d.duties();
        f.responsibleOfficerId = d.responsibleOfficerId();
        f.version = o.version();
        return f;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getEducation() { return education; }
    public void setEducation(String education) { this.education = education; }
    public boolean isLegalQualification() { return legalQualification; }
    public void setLegalQualification(boolean legalQualification) { this.legalQualification = legalQualification; }
    public String getLegalQualificationNo() { return legalQualificationNo; }
    public void setLegalQualificationNo(String legalQualificationNo) { this.legalQualificationNo = legalQualificationNo; }
    public boolean isLegalReviewer() { return legalReviewer; }
    public void setLegalReviewer(boolean legalReviewer) { this.legalReviewer = legalReviewer; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public String getEmploymentType() { return employmentType; }
    public void setEmploymentType(String employmentType) { this.employmentType = employmentType; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getHiringForm() { return hiringForm; }
    public void setHiringForm(String hiringForm) { this.hiringForm = hiringForm; }
    public LocalDate getContractStart() { return contractStart; }
    public void setContractStart(LocalDate contractStart) { this.contractStart = contractStart; }
    public LocalDate getContractEnd() { return contractEnd; }
    public void setContractEnd(LocalDate contractEnd) { this.contractEnd = contractEnd; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public Long getResponsibleOfficerId() { return responsibleOfficerId; }
    public void setResponsibleOfficerId(Long responsibleOfficerId) { this.responsibleOfficerId = responsibleOfficerId; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
