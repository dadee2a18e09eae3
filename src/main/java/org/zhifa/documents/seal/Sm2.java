package org.zhifa.documents.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM3withSM2 signatures as GB/T 38540 uses them: the default signer identity 1234567812345678 (GB/T 32918.2) and the
 * DER SEQUENCE { r, s } signature encoding (GB/T 35276).
 */
public final class Sm2 {

    public static final Provider BC = new BouncyCastleProvider();
    public static final ASN1ObjectIdentifier SM3_WITH_SM2 = GMObjectIdentifiers.sm2sign_with_sm3;

    private Sm2() {
    }

    public static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SM3withSM2", BC);
        s.initSign(key, new SecureRandom());
        s.update(message);
        return s.sign();
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("SM3withSM2", BC);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
