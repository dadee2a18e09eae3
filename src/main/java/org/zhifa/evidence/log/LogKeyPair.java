package org.zhifa.evidence.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.zhifa.crypto.Sm3;

/**
 * The SM2 key of the evidence log (curve sm2p256v1, GB/T 32918): signs tree heads with SM3withSM2. The private key
 * is a PKCS#8 PEM file readable by its owner only; the public key is published as an X.509 SubjectPublicKeyInfo PEM.
 */
public final class LogKeyPair implements HeadSigner {

    /** GB/T 32918.2 default distinguishing identifier, stated explicitly so that other tools reproduce it. */
    public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    static final Provider BC = new BouncyCastleProvider();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private LogKeyPair(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static LogKeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
            g.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
            KeyPair kp = g.generateKeyPair();
            return new LogKeyPair(kp.getPrivate(), kp.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法生成 SM2 密钥", e);
        }
    }

    /** Loads the key from {@code file}, creating it (owner-only permissions, atomic) when absent. */
    public static LogKeyPair loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        LogKeyPair created = generate();
        if (!created.writeNew(file)) {
            // Another instance created the key meanwhile: keep theirs.
            return load(file);
        }
        return load(file);
    }

    /** Reads a PKCS#8 PEM private key file. */
    public static LogKeyPair load(Path file) throws IOException {
        return fromPrivatePem(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * Writes the private key to {@code file} (mode 600, its directory 700), atomically and without replacing an
     * existing file; false when the file already exists.
     */
    public boolean writeNew(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        OwnerOnly.createDirectories(dir);
        Path tmp = OwnerOnly.createFile(dir, ".evidence-log-key", ".tmp");
        try {
            Files.writeString(tmp, privatePem(), StandardCharsets.US_ASCII);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            // A hard link fails when the name exists (rename would silently replace it): never overwrite a key.
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                if (Files.exists(file)) {
                    return false;
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static LogKeyPair fromPrivatePem(String pem) {
        try {
            KeyFactory kf = KeyFactory.getInstance("EC", BC);
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem, "PRIVATE KEY")));
            var bcPriv = (org.bouncycastle.jce.interfaces.ECPrivateKey) priv;
            var spec = bcPriv.getParameters();
            var q = spec.getG().multiply(bcPriv.getD()).normalize();
            PublicKey pub = kf.generatePublic(new org.bouncycastle.jce.spec.ECPublicKeySpec(q, spec));
            return new LogKeyPair(priv, pub);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("SM2 私钥文件格式不正确", e);
        }
    }

    public String privatePem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    @Override
    public String publicPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** SM3 of the DER public key, hex: names the key in proofs and certificates. */
    @Override
    public String keyId() {
        return Sm3.hex(publicKey.getEncoded());
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("SM3withSM2", BC);
            s.setParameter(new SM2ParameterSpec(USER_ID));
            s.initSign(privateKey, new SecureRandom());
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 签名失败", e);
        }
    }

    @Override
    public Verifier verifier() {
        return new Verifier(publicKey);
    }

    /** Checks SM3withSM2 signatures with a public key only; usable offline. */
    public static final class Verifier {

        private final PublicKey publicKey;

        private Verifier(PublicKey publicKey) {
            this.publicKey = publicKey;
        }

        public static Verifier fromPublicPem(String pem) {
            try {
                return new Verifier(KeyFactory.getInstance("EC", BC)
                        .generatePublic(new X509EncodedKeySpec(pemBody(pem, "PUBLIC KEY"))));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("SM2 公钥格式不正确", e);
            }
        }

        /** The verifier of a public key given as a JCA key (e.g. one read from a PKCS#11 device). */
        public static Verifier of(PublicKey key) {
            return new Verifier(key);
        }

        public boolean verify(byte[] message, byte[] signature) {
            try {
                Signature s = Signature.getInstance("SM3withSM2", BC);
                s.setParameter(new SM2ParameterSpec(USER_ID));
                s.initVerify(publicKey);
                s.update(message);
                return s.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        public String keyId() {
            return Sm3.hex(publicKey.getEncoded());
        }

        public String publicPem() {
            return pem("PUBLIC KEY", publicKey.getEncoded());
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("缺少 PEM 标记 " + begin);
        }
        return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
