package org.zhifa.documents.internal;

import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;

/**
 * The versions of the units' electronic seals (table document_seal). Private keys are stored as PKCS#8 PEM encrypted
 * with SM4-GCM ({@link PersonalDataCipher}) and decrypted only when a document is sealed.
 */
@Repository
public class SealStore {

    private static final String COLUMNS = """
            id, unit_id, version, seal_name, certificate, key_id, private_key, key_origin, image, image_sm3, eseal,
            created_by_name, created_at, retired_at
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<Long, UnitSeal> versions =
            new java.util.concurrent.ConcurrentHashMap<>();

    SealStore(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A new version to store: a key (credential) and/or an image. */
    record NewVersion(long unitId, String sealName, SealCredential credential, String keyOrigin, byte[] image,
            SesSeal eseal, Long createdBy, String createdByName) {
    }

    public Optional<UnitSeal> current(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from document_seal where unit_id = :unit and retired_at is null")
                .param("unit", unitId).query(this::map).optional();
    }

    /**
     * The unit's current version for issuing: one index probe for its id, the version itself parsed once per instance
     * (a version's content never changes, V90; its {@code retiredAt} is as first read). Issuing reads the seal in every
     * case step that issues a document, and parsing the seal with its image from the row was half of the issuing.
     */
    public Optional<UnitSeal> currentVersion(long unitId) {
        return jdbc.sql("select id from document_seal where unit_id = :unit and retired_at is null")
                .param("unit", unitId).query(Long.class).optional().flatMap(this::version);
    }

    /** A version by id, parsed once per instance (see {@link #currentVersion}). */
    public Optional<UnitSeal> version(long id) {
        UnitSeal known = versions.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UnitSeal> read = find(id);
        read.ifPresent(v -> versions.putIfAbsent(id, v));
        return read;
    }

    public Optional<UnitSeal> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from document_seal where id = :id").param("id", id).query(this::map)
                .optional();
    }

    /** Any version (current or retired) whose key has this id. */
    public Optional<UnitSeal> findByKeyId(String keyId) {
        return jdbc.sql("select " + COLUMNS + " from document_seal where key_id = :key order by version desc limit 1")
                .param("key", keyId).query(this::map).optional();
    }

    public List<UnitSeal> currentOfAll() {
        return jdbc.sql("select " + COLUMNS + " from document_seal where retired_at is null order by unit_id")
                .query(this::map).list();
    }

    public List<UnitSeal> history(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from document_seal where unit_id = :unit order by version desc")
                .param("unit", unitId).query(this::map).list();
    }

    /** Retires the current version (row-locked, so two administrators cannot both add version n + 1). */
    UnitSeal add(NewVersion v) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("select id from document_seal where unit_id = :unit and retired_at is null for update")
                .param("unit", v.unitId()).query(Long.class).optional()
                .ifPresent(id -> jdbc.sql("update document_seal set retired_at = :now where id = :id")
                        .param("now", now).param("id", id).update());
        Integer last = jdbc.sql("select max(version) from document_seal where unit_id = :unit")
                .param("unit", v.unitId()).query(Integer.class).optional().orElse(null);
        SealCredential c = v.credential();
        long id = jdbc.sql("""
                insert into document_seal (unit_id, version, seal_name, certificate, key_id, private_key, key_origin,
                    image, image_sm3, eseal, created_by, created_by_name, created_at)
                values (:unit, :version, :name, :cert, :keyId, :key, :origin, :image, :imageSm3, :eseal, :by, :byName,
                    :now)
                returning id
                """).param("unit", v.unitId()).param("version", last == null ? 1 : last + 1)
                .param("name", v.sealName()).param("cert", c == null ? null : encoded(c.certificate()))
                .param("keyId", c == null ? null : c.keyId()).param("key", c == null ? null : cipher.encrypt(c.keyPem()))
                .param("origin", c == null ? null : v.keyOrigin()).param("image", v.image())
                .param("imageSm3", v.image() == null ? null : Sm3.hex(v.image()))
                .param("eseal", v.eseal() == null ? null : v.eseal().encoded()).param("by", v.createdBy())
                .param("byName", v.createdByName()).param("now", now).query(Long.class).single();
        return find(id).orElseThrow();
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UnitSeal map(ResultSet rs, int n) throws SQLException {
        byte[] cert = rs.getBytes("certificate");
        String encryptedKey = rs.getString("private_key");
        byte[] eseal = rs.getBytes("eseal");
        return new UnitSeal(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("version"), rs.getString("seal_name"),
                cert, rs.getString("key_id"), rs.getString("key_origin"), rs.getBytes("image"),
                rs.getString("image_sm3"), eseal == null ? null : SesSeal.parse(eseal),
                rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("retired_at", OffsetDateTime.class),
                () -> new SealCredential(SealCredential.privateKey(cipher.decrypt(encryptedKey)),
                        SealCredential.certificate(UnitSeal.pem(cert))));
    }
}
