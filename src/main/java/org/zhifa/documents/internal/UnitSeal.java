package org.zhifa.documents.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;

/**
 * A version of a unit's electronic seal.
 *
 * @param id            row id
 * @param unitId        the unit
 * @param version       1, 2, …
 * @param sealName      e.g. 德令哈市交通运输综合行政执法大队电子印章
 * @param certificate   DER certificate of the key, or null
 * @param keyId         SM3 of the public key, or null
 * @param keyOrigin     GENERATED or IMPORTED, or null
 * @param image         PNG, or null
 * @param imageSm3      SM3 of the image, or null
 * @param eseal         the GB/T 38540 seal when key and image are both present, or null
 * @param createdByName who made this version (null: the system)
 * @param createdAt     when
 * @param retiredAt     when replaced, or null for the current version
 * @param key           reads and decrypts the private key (only when sealing)
 */
public record UnitSeal(long id, long unitId, int version, String sealName, byte[] certificate, String keyId,
        String keyOrigin, byte[] image, String imageSm3, SesSeal eseal, String createdByName, OffsetDateTime createdAt,
        OffsetDateTime retiredAt, Supplier<SealCredential> key) {

    /** True when documents can be sealed with it at {@code now}: key, image and seal present, inside validity. */
    public boolean usableAt(Instant now) {
        return eseal != null && !now.isBefore(eseal.validStart()) && !now.isAfter(eseal.validEnd());
    }

    /** The certificate, or null. */
    public X509Certificate x509() {
        if (certificate == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", org.zhifa.documents.seal.Sm2.BC)
                    .generateCertificate(new ByteArrayInputStream(certificate));
        } catch (CertificateException e) {
            throw new IllegalStateException("印章证书无法读取", e);
        }
    }

    /** The certificate as PEM (public; the private key is not read), or null. */
    public String certificatePem() {
        return certificate == null ? null : pem(certificate);
    }

    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    /** The certificate's subject, e.g. CN=…, or null. */
    public String subject() {
        X509Certificate c = x509();
        return c == null ? null : c.getSubjectX500Principal().getName();
    }

    /** End of the certificate's validity in China time (yyyy-MM-dd), or null. */
    public String validUntil() {
        X509Certificate c = x509();
        return c == null ? null : c.getNotAfter().toInstant().atZone(org.zhifa.common.ChinaTime.ZONE).toLocalDate()
                .toString();
    }

    public boolean hasKey() {
        return certificate != null;
    }

    public boolean hasImage() {
        return image != null;
    }
}
