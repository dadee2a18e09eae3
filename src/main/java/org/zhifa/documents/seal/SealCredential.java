package org.zhifa.documents.seal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.zhifa.crypto.Sm3;

/**
 * The SM2 key of a unit's electronic seal and its X.509 certificate: generated here with a self-signed certificate,
 * or imported (PKCS#8 private key and the certificate issued for it, both PEM).
 *
 * @param key         SM2 private key
 * @param certificate certificate of the matching public key
 */
public record SealCredential(PrivateKey key, X509Certificate certificate) {

    /** A new SM2 key (curve sm2p256v1) with a self-signed SM3withSM2 certificate naming the unit. */
    public static SealCredential generate(String unitName, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Sm2.BC);
            g.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
            KeyPair pair = g.generateKeyPair();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, unitName).addRDN(BCStyle.OU, "电子印章").addRDN(BCStyle.CN, unitName).build();
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(Sm2.BC)
                    .build(pair.getPrivate()));
            return new SealCredential(pair.getPrivate(),
                    new JcaX509CertificateConverter().setProvider(Sm2.BC).getCertificate(holder));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("无法生成 SM2 印章密钥：" + e.getMessage(), e);
        }
    }

    /**
     * Reads an imported key: a PKCS#8 PEM private key and its PEM certificate, which must be an SM2 certificate of the
     * same key and valid at {@code now}.
     *
     * @throws IllegalArgumentException with a Chinese message naming what is wrong
     */
    public static SealCredential fromPem(String keyPem, String certificatePem, Instant now) {
        PrivateKey key = privateKey(keyPem);
        X509Certificate cert = certificate(certificatePem);
        if (!GMObjectIdentifiers.sm2p256v1.equals(curve(cert.getPublicKey()))) {
            throw new IllegalArgumentException("证书的公钥不是 SM2（sm2p256v1）密钥");
        }
        try {
            cert.checkValidity(Date.from(now));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new IllegalArgumentException("证书不在有效期内（" + cert.getNotBefore().toInstant() + " 至 "
                    + cert.getNotAfter().toInstant() + "）");
        }
        byte[] probe = "zhifa seal key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            if (!Sm2.verify(cert.getPublicKey(), probe, Sm2.sign(key, probe))) {
                throw new IllegalArgumentException("私钥与证书不匹配");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("私钥不是 SM2 私钥", e);
        }
        return new SealCredential(key, cert);
    }

    public static PrivateKey privateKey(String pem) {
        Object o = pem(pem, "私钥");
        if (o instanceof PEMKeyPair pair) {
            o = pair.getPrivateKeyInfo();
        }
        if (!(o instanceof PrivateKeyInfo info)) {
            throw new IllegalArgumentException("私钥须为 PKCS#8 PEM（-----BEGIN PRIVATE KEY-----）");
        }
        try {
            return new JcaPEMKeyConverter().setProvider(Sm2.BC).getPrivateKey(info);
        } catch (IOException e) {
            throw new IllegalArgumentException("私钥无法读取：" + e.getMessage(), e);
        }
    }

    public static X509Certificate certificate(String pem) {
        Object o = pem(pem, "证书");
        if (!(o instanceof X509CertificateHolder holder)) {
            throw new IllegalArgumentException("证书须为 X.509 PEM（-----BEGIN CERTIFICATE-----）");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(Sm2.BC).getCertificate(holder);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalArgumentException("证书无法读取：" + e.getMessage(), e);
        }
    }

    /** A PEM public key or certificate, as pinned for offline verification. */
    public static PublicKey pinnedKey(String pem) {
        Object o = pem(pem, "证书或公钥");
        try {
            if (o instanceof X509CertificateHolder holder) {
                return new JcaX509CertificateConverter().setProvider(Sm2.BC).getCertificate(holder).getPublicKey();
            }
            if (o instanceof SubjectPublicKeyInfo spki) {
                return new JcaPEMKeyConverter().setProvider(Sm2.BC).getPublicKey(spki);
            }
        } catch (java.security.cert.CertificateException | IOException e) {
            throw new IllegalArgumentException("证书或公钥无法读取：" + e.getMessage(), e);
        }
        throw new IllegalArgumentException("须为 PEM 证书（BEGIN CERTIFICATE）或公钥（BEGIN PUBLIC KEY）");
    }

    private static Object pem(String pem, String what) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException(what + "为空");
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            if (o == null) {
                throw new IllegalArgumentException(what + "不是 PEM 格式");
            }
            return o;
        } catch (IOException e) {
            throw new IllegalArgumentException(what + "不是 PEM 格式：" + e.getMessage(), e);
        }
    }

    private static Object curve(PublicKey key) {
        try {
            var params = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getParameters();
            return params == null ? null : params.toASN1Primitive();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The private key as PKCS#8 PEM (BEGIN PRIVATE KEY). */
    public String keyPem() {
        return write(new PemObject("PRIVATE KEY", key.getEncoded()));
    }

    public String certificatePem() {
        return write(certificate);
    }

    /** SM3 of the certificate's SubjectPublicKeyInfo, hex: names the key on pages and in the verification. */
    public String keyId() {
        return keyId(certificate.getPublicKey());
    }

    public static String keyId(PublicKey key) {
        return Sm3.hex(key.getEncoded());
    }

    public static boolean sameKey(PublicKey a, PublicKey b) {
        return Arrays.equals(a.getEncoded(), b.getEncoded());
    }

    private static String write(Object o) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
