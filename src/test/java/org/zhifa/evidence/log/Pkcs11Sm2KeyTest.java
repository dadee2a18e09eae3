package org.zhifa.evidence.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhifa.crypto.Sm3;

/**
 * The log key in a PKCS#11 device, against SoftHSM2 (Debian's {@code softhsm2}, installed by {@code .ci/run}). SoftHSM2
 * 2.6 holds EC keys on sm2p256v1 but offers no SM2 signature mechanism (only CKM_ECDSA, ECDH, EdDSA): so what is
 * tested here is that zhifa reads the device's SM2 key correctly, and that it refuses a device whose mechanism does
 * not produce SM3withSM2 signatures, before signing anything. A device with an SM2 mechanism (GM/T 0028) could not be
 * tested on this machine.
 */
class Pkcs11Sm2KeyTest {

    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    static final String PIN = "123456";
    static final long CKM_ECDSA = 0x1041;
    static final byte[] P256_OID = HexFormat.of().parseHex("06082a8648ce3d030107");
    static String token;

    @BeforeAll
    static void createToken() throws Exception {
        boolean present = Files.exists(Path.of(LIBRARY)) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util"));
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI 须安装 softhsm2（.ci/run）");
            }
            Assumptions.abort("softhsm2 未安装，跳过 PKCS#11 测试（apt-get install softhsm2）");
        }
        token = "zhifa-test-" + UUID.randomUUID().toString().substring(0, 8);
        run("/usr/bin/softhsm2-util", "--init-token", "--free", "--label", token, "--pin", PIN, "--so-pin", "87654321");
        Pkcs11Sm2Key.Wrapper p11 = Pkcs11Sm2Key.Wrapper.load(LIBRARY);
        long session = p11.openSession(p11.slotOf(token), true);
        p11.login(session, PIN.toCharArray());
        p11.generateEcKeyPair(session, "log-sm2", Pkcs11Sm2Key.SM2_CURVE_OID);
        p11.generateEcKeyPair(session, "log-p256", P256_OID);
    }

    @AfterAll
    static void deleteToken() throws Exception {
        if (token != null) {
            run("/usr/bin/softhsm2-util", "--delete-token", "--token", token);
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + "：" + out);
        }
    }

    private static Pkcs11Sm2Key.Settings settings(String label, String pin, Pkcs11Sm2Key.Input input) {
        return new Pkcs11Sm2Key.Settings(LIBRARY, token, pin.toCharArray(), label, CKM_ECDSA, input);
    }

    @Test
    void softhsm2_holds_an_sm2p256v1_key_and_zhifa_reads_the_devices_public_key() throws Exception {
        Pkcs11Sm2Key key = Pkcs11Sm2Key.read(settings("log-sm2", PIN, Pkcs11Sm2Key.Input.DIGEST));
        assertThat(key.keyId()).isEqualTo(Sm3.hex(key.publicKey().getEncoded()));
        assertThat(key.publicPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        // what the device signs with its private key checks under the public key read from it (as the ECDSA it is)
        byte[] message = "证据日志 PKCS#11 测试".getBytes(StandardCharsets.UTF_8);
        Signature ecdsa = Signature.getInstance("NONEwithECDSA", LogKeyPair.BC);
        ecdsa.initVerify(key.publicKey());
        ecdsa.update(Sm3.digest(message));
        byte[] signature = key.sign(message);
        // DIGEST input: the device signed e = SM3(Z‖M), not SM3(M); ECDSA over SM3(M) must therefore fail, and the
        // SM2 check fails too: the device cannot make an SM2 signature
        assertThat(ecdsa.verify(signature)).isFalse();
        assertThat(key.verifier().verify(message, signature)).isFalse();
    }

    @Test
    void a_device_whose_mechanism_does_not_make_sm3withsm2_signatures_is_refused_before_it_signs_a_head() {
        for (Pkcs11Sm2Key.Input input : Pkcs11Sm2Key.Input.values()) {
            assertThatThrownBy(() -> Pkcs11Sm2Key.open(settings("log-sm2", PIN, input)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("以机制 0x1041（输入 " + input + "）产生的签名不是 SM3withSM2")
                    .hasMessageContaining("zhifa.evidence.pkcs11.mechanism");
        }
    }

    @Test
    void a_device_key_not_on_sm2p256v1_is_refused() {
        assertThatThrownBy(() -> Pkcs11Sm2Key.open(settings("log-p256", PIN, Pkcs11Sm2Key.Input.MESSAGE)))
                .hasMessageContaining("不在 SM2 曲线 sm2p256v1 上").hasMessageContaining("06082a8648ce3d030107");
    }

    @Test
    void an_unknown_key_label_or_token_is_refused_with_a_chinese_message() {
        // (a wrong PIN cannot be shown in this process: PKCS#11 keeps the token logged in for the whole application)
        assertThatThrownBy(() -> Pkcs11Sm2Key.open(new Pkcs11Sm2Key.Settings(LIBRARY, "no-such-token",
                PIN.toCharArray(), "log-sm2", CKM_ECDSA, Pkcs11Sm2Key.Input.MESSAGE)))
                .hasMessageContaining("没有标签为「no-such-token」的令牌");
        assertThatThrownBy(() -> Pkcs11Sm2Key.open(settings("no-such-key", PIN, Pkcs11Sm2Key.Input.MESSAGE)))
                .hasMessageContaining("标签为「no-such-key」的私钥有 0 个");
    }
}
