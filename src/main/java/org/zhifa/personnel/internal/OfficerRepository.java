package org.zhifa.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.personnel.IdCardNumber;

/** Stores officers; the ID number is written SM4-encrypted with a blind index and a masked copy. */
@Repository
public class OfficerRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    OfficerRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public long insert(Officer o) {
        OfficerDetails d = o.details();
        return jdbc.sql("""
                insert into officer (kind, unit_id, user_id, name, gender, ethnicity, id_number_enc, id_number_index,
                    id_number_masked, education, legal_qualification, legal_qualification_no, legal_reviewer, post,
                    employment_type, joined_on, status, left_on, hiring_form, contract_start, contract_end, duties,
                    responsible_officer_id)
                values (:kind, :unitId, :userId, :name, :gender, :ethnicity, :enc, :idx, :masked, :education, :lq,
                    :lqNo, :reviewer, :post, :employment, :joinedOn, :status, :leftOn, :hiringForm, :contractStart,
                    :contractEnd, :duties, :responsible)
                returning id
                """)
                .params(params(o))
                .query(Long.class).single();
    }

    public void update(Officer o) {
        var params = params(o);
        params.put("id", o.id());
        params.put("version", o.version());
        int n = jdbc.sql("""
                update officer set unit_id = :unitId, user_id = :userId, name = :name, gender = :gender,
                    ethnicity = :ethnicity, id_number_enc = :enc, id_number_index = :idx, id_number_masked = :masked,
                    education = :education, legal_qualification = :lq, legal_qualification_no = :lqNo,
                    legal_reviewer = :reviewer, post = :post, employment_type = :employment, joined_on = :joinedOn,
                    status = :status, left_on = :leftOn, hiring_form = :hiringForm, contract_start = :contractStart,
                    contract_end = :contractEnd, duties = :duties, responsible_officer_id = :responsible,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version
                """).params(params).update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("officer " + o.id());
        }
    }

    private java.util.Map<String, Object> params(Officer o) {
        OfficerDetails d = o.details();
        var p = new java.util.HashMap<String, Object>();
        p.put("kind", o.kind().name());
        p.put("unitId", o.unitId());
        p.put("userId", d.userId());
        p.put("name", d.name());
        p.put("gender", d.gender().name());
        p.put("ethnicity", d.ethnicity());
        p.put("enc", cipher.encrypt(d.idNumber().value()));
        p.put("idx", cipher.blindIndex(d.idNumber().value()));
        p.put("masked", d.idNumber().masked());
        p.put("education", d.education() == null ? null : d.education().name());
        p.put("lq", d.legalQualification());
        p.put("lqNo", d.legalQualificationNo());
        p.put("reviewer", d.legalReviewer());
        p.put("post", d.post());
        p.put("employment", d.employmentType() == null ? null : d.employmentType().name());
        p.put("joinedOn", d.joinedOn());
        p.put("status", o.status().name());
        p.put("leftOn", o.leftOn());
        p.put("hiringForm", d.hiringForm());
        p.put("contractStart", d.contractStart());
        p.put("contractEnd", d.contractEnd());
        p.put("duties", d.duties());
        p.put("responsible", d.responsibleOfficerId());
        return p;
    }

    public Optional<Officer> find(long id) {
        return jdbc.sql("select * from officer where id = ?").param(id).query(this::map).optional();
    }

    public Optional<Officer> findByUserId(long userId) {
        return jdbc.sql("select * from officer where user_id = ?").param(userId).query(this::map).optional();
    }

    /** The id of the record holding this ID number, found through the blind index. */
    public Optional<Long> idOf(IdCardNumber number) {
        return jdbc.sql("select id from officer where id_number_index = ?").param(cipher.blindIndex(number.value()))
                .query(Long.class).optional();
    }

    public Optional<Long> idOfUser(long userId) {
        return jdbc.sql("select id from officer where user_id = ?").param(userId).query(Long.class).optional();
    }

    private Officer map(ResultSet rs, int n) throws SQLException {
        OfficerDetails d = new OfficerDetails(
                rs.getString("name"),
                Gender.valueOf(rs.getString("gender")),
                rs.getString("ethnicity"),
                IdCardNumber.of(cipher.decrypt(rs.getString("id_number_enc"))),
                rs.getString("education") == null ? null : Education.valueOf(rs.getString("education")),
                rs.getBoolean("legal_qualification"),
                rs.getString("legal_qualification_no"),
                rs.getBoolean("legal_reviewer"),
                rs.getString("post"),
                rs.getString("employment_type") == null ? null : EmploymentType.valueOf(rs.getString("employment_type")),
                rs.getObject("joined_on", LocalDate.class),
                (Long) rs.getObject("user_id"),
                rs.getString("hiring_form"),
                rs.getObject("contract_start", LocalDate.class),
                rs.getObject("contract_end", LocalDate.class),
                rs.getString("duties"),
                (Long) rs.getObject("responsible_officer_id"));
        return new Officer(rs.getLong("id"), StaffKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), d,
                OfficerStatus.valueOf(rs.getString("status")), rs.getObject("left_on", LocalDate.class),
                rs.getInt("version"));
    }
}
