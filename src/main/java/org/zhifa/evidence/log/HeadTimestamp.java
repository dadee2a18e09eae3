package org.zhifa.evidence.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.zhifa.crypto.Sm3;

/**
 * RFC 3161 timestamps of signed tree heads (docs/evidence-log.md §9): the message imprint is the hash (SHA-256, or SM3
 * for a GM/T 0033 authority) of the head's signed bytes (§4.1); the token is checked against the authority's
 * certificate, which the checker trusts beforehand. GM/T 0033 authorities speak the same protocol with SM2
 * signatures, which BouncyCastle verifies like any other.
 */
public final class HeadTimestamp {

    /** Hash algorithm of the message imprint. */
    public enum Hash {
        SHA_256("SHA-256", NISTObjectIdentifiers.id_sha256),
        SM3("SM3", GMObjectIdentifiers.sm3);

        private final String label;
        private final ASN1ObjectIdentifier oid;

        Hash(String label, ASN1ObjectIdentifier oid) {
            this.label = label;
            this.oid = oid;
        }

        public String label() {
            return label;
        }

        public ASN1ObjectIdentifier oid() {
            return oid;
        }

        public byte[] digest(byte[] data) {
            if (this == SM3) {
                return Sm3.digest(data);
            }
            try {
                return MessageDigest.getInstance("SHA-256").digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public static Hash of(String label) {
            String l = label == null ? "" : label.strip().toUpperCase(Locale.ROOT).replace("_", "-");
            return switch (l) {
                case "SHA-256", "SHA256" -> SHA_256;
                case "SM3" -> SM3;
                default -> throw new IllegalArgumentException("不支持的摘要算法 " + label + "（可选 SHA-256、SM3）");
            };
        }

        static Hash ofOid(ASN1ObjectIdentifier oid) {
            for (Hash h : values()) {
                if (h.oid.equals(oid)) {
                    return h;
                }
            }
            return null;
        }
    }

    private HeadTimestamp() {
    }

    /** The request for a head: imprint of its signed bytes, a nonce, and the authority's certificate asked for. */
    public static TimeStampRequest request(byte[] headSignedBytes, Hash hash, BigInteger nonce) {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(true);
        return g.generate(hash.oid(), hash.digest(headSignedBytes), nonce);
    }

    /** The outcome of checking a token against a head. */
    public record Check(boolean valid, long genTimeMillis, Hash hash, String problem) {
    }

    /**
     * Checks a DER TimeStampToken: signed by one of {@code authorities} (its signature, the signing certificate and its
     * time-stamping key usage, as BouncyCastle's TSP validation checks them), and its imprint equals the hash of
     * {@code headSignedBytes}.
     */
    public static Check check(byte[] token, byte[] headSignedBytes, List<X509Certificate> authorities) {
        TimeStampToken t;
        try {
            t = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(token));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return new Check(false, 0, null, "时间戳令牌无法解析 / unreadable token: " + e.getMessage());
        }
        Hash hash = Hash.ofOid(t.getTimeStampInfo().getMessageImprintAlgOID());
        long gen = t.getTimeStampInfo().getGenTime().getTime();
        if (hash == null) {
            return new Check(false, gen, null, "时间戳摘要算法不受支持 / unsupported imprint algorithm");
        }
        if (!MessageDigest.isEqual(hash.digest(headSignedBytes), t.getTimeStampInfo().getMessageImprintDigest())) {
            return new Check(false, gen, hash, "时间戳的消息摘要不是该树头的摘要 / the imprint is not this head's");
        }
        String last = "没有提供时间戳机构证书 / no authority certificate given";
        for (X509Certificate cert : authorities) {
            try {
                SignerInformationVerifier v = new JcaSimpleSignerInfoVerifierBuilder().setProvider(LogKeyPair.BC)
                        .build(cert);
                t.validate(v);
                return new Check(true, gen, hash, null);
            } catch (OperatorCreationException | TSPException | RuntimeException e) {
                last = "时间戳不是由所提供的机构证书签发或签名无效 / not signed by the given authority: " + e.getMessage();
            }
        }
        return new Check(false, gen, hash, last);
    }

    /** Certificates from PEM text (one or more {@code CERTIFICATE} blocks). */
    public static List<X509Certificate> certificates(String pem) {
        try {
            CertificateFactory f = CertificateFactory.getInstance("X.509", LogKeyPair.BC);
            List<X509Certificate> out = new ArrayList<>();
            for (var c : f.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("没有证书（-----BEGIN CERTIFICATE-----） / no certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new IllegalArgumentException("时间戳机构证书格式不正确 / malformed certificate: " + e.getMessage(), e);
        }
    }
}
