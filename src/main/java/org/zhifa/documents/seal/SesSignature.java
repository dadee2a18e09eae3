package org.zhifa.documents.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * An electronic seal signature (电子签章 SES_Signature, GB/T 38540-2020, version 4):
 *
 * <pre>
 * SES_Signature ::= SEQUENCE { toSign TBS_Sign, cert OCTET STRING (签章者证书), signatureAlgID OID,
 *                              signature BIT STRING, timeStamp [0] BIT STRING OPTIONAL }
 * TBS_Sign ::= SEQUENCE { version INTEGER 4, eseal SESeal, timeInfo GeneralizedTime, dataHash BIT STRING,
 *                         propertyInfo IA5String, extDatas ExtensionDatas OPTIONAL }
 * </pre>
 *
 * In an OFD the data hash is the SM3 of the signature's Signature.xml and propertyInfo its path (GB/T 33190 18).
 *
 * @param encoded      DER of the whole SES_Signature
 * @param toSign       DER of TBS_Sign, the signed part
 * @param seal         the seal inside
 * @param time         signing time
 * @param dataHash     SM3 of the signed data
 * @param propertyInfo what was signed
 * @param signerCert   DER certificate of the signer
 * @param signAlg      signature algorithm OID
 * @param signature    the signer's signature over TBS_Sign
 */
public record SesSignature(byte[] encoded, byte[] toSign, SesSeal seal, Instant time, byte[] dataHash,
        String propertyInfo, byte[] signerCert, String signAlg, byte[] signature) {

    /** Seals data whose SM3 is {@code dataHash} at {@code time} with the seal's key. */
    public static SesSignature sign(SesSeal seal, Instant time, byte[] dataHash, String propertyInfo,
            X509Certificate signer, PrivateKey key) {
        try {
            ASN1EncodableVector tbs = new ASN1EncodableVector();
            tbs.add(new ASN1Integer(SesSeal.VERSION));
            tbs.add(ASN1Primitive.fromByteArray(seal.encoded()));
            tbs.add(SesSeal.time(time));
            tbs.add(new DERBitString(dataHash));
            tbs.add(new DERIA5String(propertyInfo));
            byte[] toSign = new DERSequence(tbs).getEncoded(ASN1Encoding.DER);
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(ASN1Primitive.fromByteArray(toSign));
            v.add(new DEROctetString(signer.getEncoded()));
            v.add(Sm2.SM3_WITH_SM2);
            v.add(new DERBitString(Sm2.sign(key, toSign)));
            return parse(new DERSequence(v).getEncoded(ASN1Encoding.DER));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("电子签章生成失败：" + e.getMessage(), e);
        }
    }

    /** Decodes a DER SES_Signature (version 4). */
    public static SesSignature parse(byte[] der) {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            ASN1Sequence tbs = ASN1Sequence.getInstance(seq.getObjectAt(0));
            if (ASN1Integer.getInstance(tbs.getObjectAt(0)).intValueExact() != SesSeal.VERSION) {
                throw new IllegalArgumentException("签章数据不是第 4 版");
            }
            return new SesSignature(seq.getEncoded(ASN1Encoding.DER), tbs.getEncoded(ASN1Encoding.DER),
                    SesSeal.of(ASN1Sequence.getInstance(tbs.getObjectAt(1))), SesSeal.instant(tbs.getObjectAt(2)),
                    ASN1BitString.getInstance(tbs.getObjectAt(3)).getOctets(),
                    ASN1IA5String.getInstance(tbs.getObjectAt(4)).getString(),
                    ASN1OctetString.getInstance(seq.getObjectAt(1)).getOctets(),
                    ASN1ObjectIdentifier.getInstance(seq.getObjectAt(2)).getId(),
                    ASN1BitString.getInstance(seq.getObjectAt(3)).getOctets());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("电子签章数据无法解析（应为 GB/T 38540 第 4 版 SES_Signature）："
                    + e.getMessage(), e);
        }
    }

    public X509Certificate signer() {
        return SesSeal.certificate(signerCert);
    }

    /** True when the signature over TBS_Sign verifies with the signer's certificate. */
    public boolean signatureValid() {
        return Sm2.SM3_WITH_SM2.getId().equals(signAlg) && Sm2.verify(signer().getPublicKey(), toSign, signature);
    }
}
