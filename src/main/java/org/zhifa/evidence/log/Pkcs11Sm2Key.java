package org.zhifa.evidence.log;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;
import org.zhifa.crypto.Sm3;

/**
 * The log key held in a PKCS#11 device (a GM/T 0028 cryptographic module exposes PKCS#11), through the JDK's SunPKCS11
 * wrapper (docs/evidence-log.md §11). PKCS#11 defines no SM2 mechanism and SunPKCS11 maps none, so the device's own SM2
 * signature mechanism is configured by number, with what it takes as input: the message (the device computes
 * SM3(Z‖M)) or the digest e = SM3(Z‖M) computed here. The key must lie on sm2p256v1. Before the key signs anything,
 * a probe message is signed by the device and verified here as SM3withSM2 with the device's public key: a mechanism
 * that produces anything else (an ECDSA signature on the SM2 curve, say) is refused, so no head is ever signed with
 * another algorithm.
 *
 * <p>The wrapper is a JDK-internal package: the JVM needs {@code --add-exports
 * jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED} (declared in the jar's manifest).
 */
public final class Pkcs11Sm2Key implements HeadSigner {

    /** DER of the sm2p256v1 OID 1.2.156.10197.1.301 (CKA_EC_PARAMS of an SM2 key). */
    static final byte[] SM2_CURVE_OID = HexFormat.of().parseHex("06082a811ccf5501822d");
    static final long CKA_CLASS = 0x0;
    static final long CKA_TOKEN = 0x1;
    static final long CKA_PRIVATE = 0x2;
    static final long CKA_LABEL = 0x3;
    static final long CKA_SIGN = 0x108;
    static final long CKA_VERIFY = 0x10A;
    static final long CKA_EC_PARAMS = 0x180;
    static final long CKA_EC_POINT = 0x181;
    static final long CKO_PUBLIC_KEY = 2;
    static final long CKO_PRIVATE_KEY = 3;
    static final long CKU_USER = 1;
    static final long CKF_RW_SESSION = 2;
    static final long CKF_SERIAL_SESSION = 4;
    static final long CKM_EC_KEY_PAIR_GEN = 0x1040;
    static final long CKR_USER_ALREADY_LOGGED_IN = 0x100;

    /** What the device's SM2 mechanism takes. */
    public enum Input {
        /** the message; the device computes SM3(Z‖M) itself */
        MESSAGE,
        /** the 32-byte e = SM3(Z‖M), computed here */
        DIGEST
    }

    /**
     * Where the key is.
     *
     * @param library    path of the device's PKCS#11 module (.so)
     * @param tokenLabel the token's label
     * @param pin        the user PIN
     * @param keyLabel   CKA_LABEL of the key pair
     * @param mechanism  the device's SM2 signature mechanism (a number, vendor-defined)
     * @param input      what the mechanism takes
     */
    public record Settings(String library, String tokenLabel, char[] pin, String keyLabel, long mechanism,
            Input input) {
    }

    private final Wrapper p11;
    private final long session;
    private final long privateKey;
    private final Settings settings;
    private final PublicKey publicKey;
    private final ECPoint point;

    private Pkcs11Sm2Key(Wrapper p11, long session, long privateKey, Settings settings, PublicKey publicKey,
            ECPoint point) {
        this.p11 = p11;
        this.session = session;
        this.privateKey = privateKey;
        this.settings = settings;
        this.publicKey = publicKey;
        this.point = point;
    }

    /** Opens the token, finds the key pair, and refuses unless the device's signature checks as SM3withSM2. */
    public static Pkcs11Sm2Key open(Settings s) {
        Pkcs11Sm2Key k = read(s);
        k.requireSm2();
        return k;
    }

    /** Opens the token and reads the key pair (its public key must lie on sm2p256v1); nothing is signed yet. */
    static Pkcs11Sm2Key read(Settings s) {
        Wrapper p11 = Wrapper.load(s.library());
        long session = p11.openSession(p11.slotOf(s.tokenLabel()), false);
        p11.login(session, s.pin());
        long priv = p11.findOne(session, CKO_PRIVATE_KEY, s.keyLabel());
        long pub = p11.findOne(session, CKO_PUBLIC_KEY, s.keyLabel());
        byte[] params = p11.attribute(session, pub, CKA_EC_PARAMS);
        if (!Arrays.equals(params, SM2_CURVE_OID)) {
            throw new IllegalStateException("PKCS#11 设备中的密钥「" + s.keyLabel() + "」不在 SM2 曲线 sm2p256v1 上"
                    + "（CKA_EC_PARAMS " + HexFormat.of().formatHex(params == null ? new byte[0] : params)
                    + "）：证据日志只用 SM2 密钥签名");
        }
        ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        byte[] encoded = p11.attribute(session, pub, CKA_EC_POINT);
        ECPoint q;
        try {
            // CKA_EC_POINT is the DER OCTET STRING of the uncompressed point (some modules give the bare point)
            byte[] raw = encoded[0] == 0x04 && encoded.length == 65 ? encoded
                    : ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(encoded)).getOctets();
            q = curve.getCurve().decodePoint(raw).normalize();
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("PKCS#11 设备中的公钥「" + s.keyLabel() + "」无法读取：" + e.getMessage(), e);
        }
        PublicKey key;
        try {
            key = KeyFactory.getInstance("EC", LogKeyPair.BC).generatePublic(new ECPublicKeySpec(q, curve));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKCS#11 设备中的公钥无法构造：" + e.getMessage(), e);
        }
        return new Pkcs11Sm2Key(p11, session, priv, s, key, q);
    }

    /** Signs a probe with the device and checks it as SM3withSM2 under the device's public key; refuses otherwise. */
    void requireSm2() {
        Settings s = settings;
        byte[] probe = ("zhifa PKCS#11 SM2 probe " + new BigInteger(64, new SecureRandom()))
                .getBytes(StandardCharsets.US_ASCII);
        if (!verifier().verify(probe, sign(probe))) {
            throw new IllegalStateException("PKCS#11 设备以机制 0x" + Long.toHexString(s.mechanism()) + "（输入 "
                    + s.input() + "）产生的签名不是 SM3withSM2（GB/T 32918.2）签名，拒绝以其签发证据日志树头。请设置该设备的 SM2 签名机制"
                    + "（zhifa.evidence.pkcs11.mechanism）及其输入方式（zhifa.evidence.pkcs11.input：MESSAGE 由设备计算 SM3(Z‖M)，"
                    + "DIGEST 由本系统计算后交设备签名）");
        }
    }

    /** The device's public key. */
    PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String keyId() {
        return Sm3.hex(publicKey.getEncoded());
    }

    @Override
    public String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public LogKeyPair.Verifier verifier() {
        return LogKeyPair.Verifier.of(publicKey);
    }

    @Override
    public synchronized byte[] sign(byte[] message) {
        byte[] input = settings.input() == Input.DIGEST ? Sm3.digest(concat(z(), message)) : message;
        byte[] signature = p11.sign(session, settings.mechanism(), privateKey, input);
        if (signature.length == 64) {
            // PKCS#11 EC mechanisms return r ‖ s; the log stores DER SEQUENCE { r, s }
            try {
                return new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                        new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(signature, 0, 32))),
                        new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)))}).getEncoded();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return signature;
    }

    /** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) of GB/T 32918.2 with the default ID. */
    private byte[] z() {
        ECNamedCurveParameterSpec c = ECNamedCurveTable.getParameterSpec("sm2p256v1");
        int bits = LogKeyPair.USER_ID.length * 8;
        return Sm3.digest(concat(new byte[] {(byte) (bits >> 8), (byte) bits}, LogKeyPair.USER_ID,
                c.getCurve().getA().getEncoded(), c.getCurve().getB().getEncoded(),
                c.getG().normalize().getAffineXCoord().getEncoded(), c.getG().normalize().getAffineYCoord().getEncoded(),
                point.getAffineXCoord().getEncoded(), point.getAffineYCoord().getEncoded()));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Parses a mechanism number as written in settings: {@code 0x8000…} or decimal. */
    public static long mechanism(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("_", "");
        return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
    }

    /**
     * The few PKCS#11 calls needed, made through the JDK's {@code sun.security.pkcs11.wrapper.PKCS11} by reflection
     * (the package is not exported; the code compiles with {@code --release 17}).
     */
    static final class Wrapper {

        private static final String PKG = "sun.security.pkcs11.wrapper.";
        private final Object p11;
        private final Class<?> api;
        private final Class<?> attributeClass;
        private final Constructor<?> attribute;
        private final Constructor<?> mechanism;

        private Wrapper(Object p11) throws ReflectiveOperationException {
            this.p11 = p11;
            // the public class's methods: the instance is of a private subclass
            this.api = Class.forName(PKG + "PKCS11");
            this.attributeClass = Class.forName(PKG + "CK_ATTRIBUTE");
            this.attribute = attributeClass.getConstructor(long.class, Object.class);
            this.mechanism = Class.forName(PKG + "CK_MECHANISM").getConstructor(long.class);
        }

        static Wrapper load(String library) {
            try {
                Class<?> c = Class.forName(PKG + "PKCS11");
                Method get = c.getMethod("getInstance", String.class, String.class,
                        Class.forName(PKG + "CK_C_INITIALIZE_ARGS"), boolean.class);
                return new Wrapper(get.invoke(null, library, "C_GetFunctionList", null, false));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("JVM 未开放 SunPKCS11 接口：请以 --add-exports "
                        + "jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED 启动（java -jar zhifa.jar 已在清单中声明）", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("无法加载 PKCS#11 模块 " + library + "：" + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("本 JVM 没有 SunPKCS11（jdk.crypto.cryptoki）：" + e, e);
            }
        }

        private Object call(String name, Object... args) {
            for (Method m : api.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                    try {
                        return m.invoke(p11, args);
                    } catch (InvocationTargetException e) {
                        throw new Pkcs11Exception(name, e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalStateException("SunPKCS11 没有 " + name);
        }

        Object attr(long type, Object value) {
            try {
                return attribute.newInstance(type, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        Object template(Object... typeValue) {
            Object arr = java.lang.reflect.Array.newInstance(attributeClass, typeValue.length / 2);
            for (int i = 0; i < typeValue.length; i += 2) {
                java.lang.reflect.Array.set(arr, i / 2, attr((Long) typeValue[i], typeValue[i + 1]));
            }
            return arr;
        }

        long slotOf(String tokenLabel) {
            for (long slot : (long[]) call("C_GetSlotList", true)) {
                Object info = call("C_GetTokenInfo", slot);
                try {
                    char[] label = (char[]) info.getClass().getField("label").get(info);
                    if (new String(label).strip().equals(tokenLabel)) {
                        return slot;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("PKCS#11 模块中没有标签为「" + tokenLabel + "」的令牌");
        }

        long openSession(long slot, boolean readWrite) {
            return (Long) call("C_OpenSession", slot, CKF_SERIAL_SESSION | (readWrite ? CKF_RW_SESSION : 0), null,
                    null);
        }

        void login(long session, char[] pin) {
            try {
                call("C_Login", session, CKU_USER, pin);
            } catch (Pkcs11Exception e) {
                if (e.errorCode() != CKR_USER_ALREADY_LOGGED_IN) {
                    throw new IllegalStateException("PKCS#11 令牌登录失败（PIN 错误或令牌锁定）：" + e.getMessage(), e);
                }
            }
        }

        long findOne(long session, long objectClass, String label) {
            call("C_FindObjectsInit", session, template(CKA_CLASS, objectClass, CKA_LABEL, label.toCharArray()));
            long[] found = (long[]) call("C_FindObjects", session, 2L);
            call("C_FindObjectsFinal", session);
            if (found.length != 1) {
                throw new IllegalStateException("PKCS#11 令牌中标签为「" + label + "」的" + (objectClass == CKO_PRIVATE_KEY
                        ? "私钥" : "公钥") + "有 " + found.length + " 个（应为 1 个）");
            }
            return found[0];
        }

        byte[] attribute(long session, long object, long type) {
            Object t = template(type, null);
            call("C_GetAttributeValue", session, object, t);
            try {
                return (byte[]) attributeClass.getField("pValue").get(java.lang.reflect.Array.get(t, 0));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] sign(long session, long mechanismNumber, long key, byte[] data) {
            try {
                call("C_SignInit", session, mechanism.newInstance(mechanismNumber), key);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return (byte[]) call("C_Sign", session, data);
        }

        /** Generates an EC key pair on the curve {@code curveOid} (DER) in the token (to set a device up; tests). */
        void generateEcKeyPair(long session, String label, byte[] curveOid) {
            Object pub = template(CKA_TOKEN, true, CKA_EC_PARAMS, curveOid, CKA_VERIFY, true, CKA_LABEL,
                    label.toCharArray());
            Object priv = template(CKA_TOKEN, true, CKA_PRIVATE, true, CKA_SIGN, true, CKA_LABEL, label.toCharArray());
            try {
                call("C_GenerateKeyPair", session, mechanism.newInstance(CKM_EC_KEY_PAIR_GEN), pub, priv);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A PKCS#11 call failed; {@link #errorCode()} is the CKR_ value when the wrapper reports one. */
    static final class Pkcs11Exception extends RuntimeException {

        private final long errorCode;

        Pkcs11Exception(String call, Throwable cause) {
            super(call + "：" + cause.getMessage(), cause);
            long code = -1;
            try {
                code = (Long) cause.getClass().getMethod("getErrorCode").invoke(cause);
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not a PKCS11Exception
            }
            this.errorCode = code;
        }

        long errorCode() {
            return errorCode;
        }
    }

}
