package org.zhifa.evidence.log;

/**
 * What signs the log's tree heads and key transitions with SM3withSM2: an SM2 key in a file ({@link LogKeyPair}, the
 * default) or in a PKCS#11 device ({@link Pkcs11Sm2Key}).
 */
public interface HeadSigner {

    /** SM3 of the DER public key, hex. */
    String keyId();

    /** The public key as an X.509 SubjectPublicKeyInfo PEM. */
    String publicPem();

    /** SM3withSM2 signature (GB/T 32918.2, user id 1234567812345678), DER. */
    byte[] sign(byte[] message);

    /** A version 2 tree head: the signed bytes name this key. */
    default TreeHead signHead(long treeSize, byte[] rootHash, long timestampMillis) {
        return new TreeHead(TreeHead.VERSION_2, treeSize, rootHash, timestampMillis, keyId(),
                sign(TreeHead.signedBytes(treeSize, rootHash, timestampMillis, keyId())));
    }

    default LogKeyPair.Verifier verifier() {
        return LogKeyPair.Verifier.fromPublicPem(publicPem());
    }
}
