package org.zhifa.documents.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * An electronic seal (电子印章 SESeal, GB/T 38540-2020, version 4), encoded and decoded with BouncyCastle:
 *
 * <pre>
 * SESeal ::= SEQUENCE { eSealInfo SES_SealInfo, cert OCTET STRING (制章者证书), signAlgID OID, signedValue BIT STRING }
 * SES_SealInfo ::= SEQUENCE { header SES_Header, esID IA5String, property SES_ESPropertyInfo,
 *                             picture SES_ESPictrueInfo, extDatas ExtensionDatas OPTIONAL }
 * SES_Header ::= SEQUENCE { ID IA5String "ES", version INTEGER 4, Vid IA5String }
 * SES_ESPropertyInfo ::= SEQUENCE { type INTEGER, name UTF8String, certListType INTEGER 1,
 *                                   certList SEQUENCE OF OCTET STRING, createDate, validStart, validEnd GeneralizedTime }
 * SES_ESPictrueInfo ::= SEQUENCE { type IA5String, data OCTET STRING, width INTEGER, height INTEGER (mm) }
 * </pre>
 *
 * The seal maker signs the DER of SES_SealInfo with SM3withSM2. (ofdrw's own classes for these structures are compiled
 * against BouncyCastle 1.68 and fail to decode with the 1.87 zhifa uses: docs/dependencies.md.)
 *
 * @param encoded     DER of the whole SESeal
 * @param sealInfo    DER of SES_SealInfo, the signed part
 * @param vid         vendor id of the header
 * @param esId        seal identifier
 * @param type        1 = unit seal (单位印章)
 * @param name        seal name
 * @param certs       DER certificates allowed to sign with the seal
 * @param created     creation time
 * @param validStart  start of validity
 * @param validEnd    end of validity
 * @param pictureType e.g. PNG
 * @param picture     image bytes
 * @param widthMm     printed width
 * @param heightMm    printed height
 * @param makerCert   DER certificate of the seal maker
 * @param signAlg     signature algorithm OID
 * @param signedValue the maker's signature
 */
public record SesSeal(byte[] encoded, byte[] sealInfo, String vid, String esId, int type, String name,
        List<byte[]> certs, Instant created, Instant validStart, Instant validEnd, String pictureType, byte[] picture,
        int widthMm, int heightMm, byte[] makerCert, String signAlg, byte[] signedValue) {

    public static final int VERSION = 4;
    public static final int UNIT_SEAL = 1;

    /** Makes a unit seal whose only allowed signer is {@code signer}, signed by the maker's key. */
    public static SesSeal make(String esId, String name, X509Certificate signer, Instant created, Instant validStart,
            Instant validEnd, byte[] png, int sizeMm, X509Certificate maker, PrivateKey makerKey) {
        try {
            ASN1EncodableVector header = new ASN1EncodableVector();
            header.add(new DERIA5String("ES"));
            header.add(new ASN1Integer(VERSION));
            header.add(new DERIA5String("zhifa"));
            ASN1EncodableVector certs = new ASN1EncodableVector();
            certs.add(new DEROctetString(signer.getEncoded()));
            ASN1EncodableVector property = new ASN1EncodableVector();
            property.add(new ASN1Integer(UNIT_SEAL));
            property.add(new DERUTF8String(name));
            property.add(new ASN1Integer(1));
            property.add(new DERSequence(certs));
            property.add(time(created));
            property.add(time(validStart));
            property.add(time(validEnd));
            ASN1EncodableVector picture = new ASN1EncodableVector();
            picture.add(new DERIA5String("PNG"));
            picture.add(new DEROctetString(png));
            picture.add(new ASN1Integer(sizeMm));
            picture.add(new ASN1Integer(sizeMm));
            ASN1EncodableVector info = new ASN1EncodableVector();
            info.add(new DERSequence(header));
            info.add(new DERIA5String(esId));
            info.add(new DERSequence(property));
            info.add(new DERSequence(picture));
            byte[] infoDer = new DERSequence(info).getEncoded(ASN1Encoding.DER);
            byte[] signature = Sm2.sign(makerKey, infoDer);
            ASN1EncodableVector seal = new ASN1EncodableVector();
            seal.add(ASN1Primitive.fromByteArray(infoDer));
            seal.add(new DEROctetString(maker.getEncoded()));
            seal.add(Sm2.SM3_WITH_SM2);
            seal.add(new DERBitString(signature));
            return parse(new DERSequence(seal).getEncoded(ASN1Encoding.DER));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("电子印章数据生成失败：" + e.getMessage(), e);
        }
    }

    /** Decodes a DER SESeal (version 4). */
    public static SesSeal parse(byte[] der) {
        try {
            return of(ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("电子印章数据无法解析（应为 GB/T 38540 第 4 版 SESeal）：" + e.getMessage(), e);
        }
    }

    static SesSeal of(ASN1Sequence seq) throws IOException {
        ASN1Sequence info = ASN1Sequence.getInstance(seq.getObjectAt(0));
        ASN1Sequence header = ASN1Sequence.getInstance(info.getObjectAt(0));
        int version = ASN1Integer.getInstance(header.getObjectAt(1)).intValueExact();
        if (!"ES".equals(ASN1IA5String.getInstance(header.getObjectAt(0)).getString()) || version != VERSION) {
            throw new IllegalArgumentException("印章头不是 ES 第 4 版");
        }
        ASN1Sequence property = ASN1Sequence.getInstance(info.getObjectAt(2));
        List<byte[]> certs = new ArrayList<>();
        for (var c : ASN1Sequence.getInstance(property.getObjectAt(3))) {
            certs.add(ASN1OctetString.getInstance(c).getOctets());
        }
        ASN1Sequence picture = ASN1Sequence.getInstance(info.getObjectAt(3));
        return new SesSeal(seq.getEncoded(ASN1Encoding.DER), info.getEncoded(ASN1Encoding.DER),
                ASN1IA5String.getInstance(header.getObjectAt(2)).getString(),
                ASN1IA5String.getInstance(info.getObjectAt(1)).getString(),
                ASN1Integer.getInstance(property.getObjectAt(0)).intValueExact(),
                ASN1UTF8String.getInstance(property.getObjectAt(1)).getString(), List.copyOf(certs),
                instant(property.getObjectAt(4)), instant(property.getObjectAt(5)), instant(property.getObjectAt(6)),
                ASN1IA5String.getInstance(picture.getObjectAt(0)).getString(),
                ASN1OctetString.getInstance(picture.getObjectAt(1)).getOctets(),
                ASN1Integer.getInstance(picture.getObjectAt(2)).intValueExact(),
                ASN1Integer.getInstance(picture.getObjectAt(3)).intValueExact(),
                ASN1OctetString.getInstance(seq.getObjectAt(1)).getOctets(),
                ASN1ObjectIdentifier.getInstance(seq.getObjectAt(2)).getId(),
                ASN1BitString.getInstance(seq.getObjectAt(3)).getOctets());
    }

    /** The seal maker's certificate. */
    public X509Certificate maker() {
        return certificate(makerCert);
    }

    /** True when the maker's signature over SES_SealInfo verifies with the maker's certificate. */
    public boolean makerSignatureValid() {
        return Sm2.SM3_WITH_SM2.getId().equals(signAlg) && Sm2.verify(maker().getPublicKey(), sealInfo, signedValue);
    }

    /** True when the certificate is one of the seal's allowed signers. */
    public boolean allows(byte[] signerCert) {
        return certs.stream().anyMatch(c -> java.util.Arrays.equals(c, signerCert));
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509", Sm2.BC)
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("证书无法解析：" + e.getMessage(), e);
        }
    }

    static ASN1GeneralizedTime time(Instant t) {
        return new DERGeneralizedTime(Date.from(t));
    }

    static Instant instant(Object o) throws IOException {
        try {
            return ASN1GeneralizedTime.getInstance(o).getDate().toInstant();
        } catch (java.text.ParseException e) {
            throw new IOException("时间格式不正确", e);
        }
    }
}
