package org.zhifa.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.AccessRefusedException;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.Rejection;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;
import org.zhifa.identity.AdminSeparationPolicy;
import org.zhifa.identity.DataScope;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/**
 * The security administrator keeps the units' electronic seals: generates or imports the SM2 key, uploads the seal
 * image; every change is a new version (the old one stays for documents sealed with it) and is audited. Only the
 * security administrator, only for units in the administrator's data scope (三员分立: key management is a security
 * function, not a business or system-administration one).
 */
@Service
@Transactional
public class SealAdministration {

    static final String ROLE = "SECURITY_ADMIN";
    private static final Rejection ONLY_SECURITY_ADMIN = Rejection.of(AdminSeparationPolicy.ARTICLE,
            "电子印章的密钥和图像只能由安全管理员管理");

    private final SealStore store;
    private final OrgUnits units;
    private final DataScope scope;
    private final AuditTrail audit;
    private final DocumentsProperties settings;
    private final Clock clock;

    SealAdministration(SealStore store, OrgUnits units, DataScope scope, AuditTrail audit, DocumentsProperties settings,
            Clock clock) {
        this.store = store;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new SM2 key with a self-signed certificate valid for {@code zhifa.documents.seal.validity}. */
    public UnitSeal generateKey(long unitId) {
        OrgUnitView unit = allowed(unitId);
        Instant now = clock.instant();
        Instant until = ZonedDateTime.now(clock).plus(settings.seal().validity()).toInstant();
        SealCredential key = SealCredential.generate(unit.name(), now, until);
        UnitSeal seal = save(unit, key, "GENERATED", current(unitId).map(UnitSeal::image).orElse(null), false);
        audit.success("SEAL_KEY_GENERATED", "DOCUMENT_SEAL", seal.id(), describe(seal) + "：生成 SM2 密钥，证书有效期至 "
                + until + "，证书标识 " + seal.keyId());
        return seal;
    }

    /** A key issued elsewhere (e.g. by the unit's CA): PKCS#8 private key and certificate, both PEM. */
    public UnitSeal importKey(long unitId, String privateKeyPem, String certificatePem) {
        OrgUnitView unit = allowed(unitId);
        SealCredential key;
        try {
            key = SealCredential.fromPem(privateKeyPem, certificatePem, clock.instant());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage() != null && e.getMessage().startsWith("私钥") ? "privateKey" : "certificate";
            throw new InvalidInputException(e.getMessage(), Map.of(field, e.getMessage()));
        }
        UnitSeal seal = save(unit, key, "IMPORTED", current(unitId).map(UnitSeal::image).orElse(null), false);
        audit.success("SEAL_KEY_IMPORTED", "DOCUMENT_SEAL", seal.id(), describe(seal) + "：导入 SM2 密钥和证书（"
                + key.certificate().getSubjectX500Principal().getName() + "），证书标识 " + seal.keyId());
        return seal;
    }

    /** A new seal image (PNG). */
    public UnitSeal uploadImage(long unitId, byte[] png) {
        OrgUnitView unit = allowed(unitId);
        String problem = SealImages.problem(png, settings.seal().imageMaxBytes().toBytes());
        if (problem != null) {
            throw new InvalidInputException(problem, Map.of("image", problem));
        }
        Optional<UnitSeal> current = current(unitId);
        SealCredential key = current.filter(UnitSeal::hasKey).map(s -> s.key().get()).orElse(null);
        UnitSeal seal = save(unit, key, current.map(UnitSeal::keyOrigin).orElse(null), png, false);
        audit.success("SEAL_IMAGE_UPLOADED", "DOCUMENT_SEAL", seal.id(), describe(seal) + "：上传印章图像，SM3 "
                + seal.imageSm3());
        return seal;
    }

    /** The demonstration seal of a unit (demo data only): a generated key and an image marked 演示, 非真实印章. */
    UnitSeal createDemo(OrgUnitView unit, byte[] image) {
        Instant now = clock.instant();
        SealCredential key = SealCredential.generate(unit.name(), now,
                ZonedDateTime.now(clock).plus(settings.seal().validity()).toInstant());
        UnitSeal seal = save(unit, key, "GENERATED", image, true);
        audit.record(new AuditEvent("system", unit.id(), unit.name(), "SEAL_DEMO_CREATED", "DOCUMENT_SEAL",
                Long.toString(seal.id()), AuditResult.SUCCESS, describe(seal) + "：演示数据，生成密钥和演示印章图像", null));
        return seal;
    }

    public Optional<UnitSeal> current(long unitId) {
        return store.current(unitId);
    }

    private UnitSeal save(OrgUnitView unit, SealCredential key, String origin, byte[] image, boolean demo) {
        String name = unit.name() + "电子印章" + (demo ? "（演示）" : "");
        SesSeal eseal = null;
        if (key != null && image != null) {
            int next = current(unit.id()).map(s -> s.version() + 1).orElse(1);
            eseal = SesSeal.make(unit.code() + "-" + next, name, key.certificate(), clock.instant(),
                    key.certificate().getNotBefore().toInstant(), key.certificate().getNotAfter().toInstant(), image,
                    settings.seal().sizeMm(), key.certificate(), key.key());
        }
        Optional<Actor> actor = CurrentActor.get();
        return store.add(new SealStore.NewVersion(unit.id(), name, key, origin, image, eseal,
                actor.map(Actor::userId).orElse(null), actor.map(Actor::displayName).orElse(null)));
    }

    private OrgUnitView allowed(long unitId) {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(ROLE)) {
            throw new AccessRefusedException(ONLY_SECURITY_ADMIN);
        }
        scope.requireVisible(actor, unitId);
        return units.require(unitId);
    }

    private static String describe(UnitSeal seal) {
        return seal.sealName() + "第" + seal.version() + "版";
    }
}
