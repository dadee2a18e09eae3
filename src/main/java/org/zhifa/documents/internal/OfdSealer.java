package org.zhifa.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.ExtendSignatureContainer;
import org.ofdrw.sign.NumberFormatAtomicSignID;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.springframework.stereotype.Component;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;
import org.zhifa.documents.seal.SesSignature;
import org.zhifa.documents.seal.Sm2;

/**
 * Applies a unit's electronic seal to an OFD with ofdrw's signer (GB/T 33190 18: Signatures.xml, Signature.xml with
 * the SM3 of every file, Seal.esl, SignedValue.dat, the stamp annotation) in whole-document mode, and zhifa's GB/T
 * 38540 encoder for the seal signature, timed by zhifa's clock.
 */
@Component
public class OfdSealer {

    private final Clock clock;

    public OfdSealer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param ofd        the unsealed OFD
     * @param seal       the unit's seal
     * @param credential the key and certificate of the seal
     * @param place      where the seal image goes, or null for a seal without a visible image
     * @param sizeMm     the image's diameter
     */
    public byte[] seal(byte[] ofd, SesSeal seal, SealCredential credential, OfdPages.StampPlace place, int sizeMm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
                OFDSigner signer = new OFDSigner(reader, out, new NumberFormatAtomicSignID())) {
            signer.setSignMode(SignMode.WholeProtected);
            signer.setSignContainer(new Container(seal, credential, clock));
            if (place != null) {
                signer.addApPos(new NormalStampPos(place.page() + 1, place.centreX() - sizeMm / 2.0,
                        place.centreY() - sizeMm / 2.0, sizeMm, sizeMm));
            }
            signer.exeSign();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("OFD 加盖电子签章失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** ofdrw's extension point: SM3 digests, SM3withSM2, the seal and a GB/T 38540 v4 signature over Signature.xml. */
    private record Container(SesSeal seal, SealCredential credential, Clock clock) implements ExtendSignatureContainer {

        @Override
        public MessageDigest getDigestFnc() {
            return new SM3.Digest();
        }

        @Override
        public ASN1ObjectIdentifier getSignAlgOID() {
            return Sm2.SM3_WITH_SM2;
        }

        @Override
        public byte[] sign(InputStream inData, String propertyInfo) throws IOException {
            byte[] hash = new SM3.Digest().digest(inData.readAllBytes());
            return SesSignature.sign(seal, clock.instant(), hash, propertyInfo, credential.certificate(),
                    credential.key()).encoded();
        }

        @Override
        public byte[] getSeal() {
            return seal.encoded();
        }

        @Override
        public SigType getSignType() {
            return SigType.Seal;
        }
    }
}
