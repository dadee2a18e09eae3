package org.zhifa.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhifa.common.SecretFiles;

/**
 * Encrypts personal data (ID numbers, phone numbers) at rest with SM4-GCM. Ciphertext is
 * {@code base64(iv ‖ ciphertext ‖ tag)}; a blind index (SM3-HMAC-like keyed digest) lets equal values be found
 * without decrypting.
 */
@Component
public class PersonalDataCipher {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final int IV_BYTES = 12;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    @org.springframework.beans.factory.annotation.Autowired
    PersonalDataCipher(CryptoProperties properties, @Value("${zhifa.db.data-dir:data}") Path dataDir) {
        this.key = loadOrCreateKey(properties.sm4Key(), dataDir.resolve("keys").resolve("sm4.key"));
    }

    public PersonalDataCipher(byte[] key) {
        this.key = key.clone();
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "SM4"), new GCMParameterSpec(128, iv));
            byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + body.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(body, 0, out, iv.length, body.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 加密失败", e);
        }
    }

    public String decrypt(String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", BC);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "SM4"),
                    new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("SM4 解密失败：密钥不匹配或数据被篡改", e);
        }
    }

    /** A keyed SM3 fingerprint of the value, for equality look-ups of encrypted data. */
    public String blindIndex(String plain) {
        if (plain == null) {
            return null;
        }
        return HexFormat.of().formatHex(Sm3.streaming().update(key).update(plain.getBytes(StandardCharsets.UTF_8))
                .update(key).finish());
    }

    private static byte[] loadOrCreateKey(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            byte[] k = HexFormat.of().parseHex(configured.trim());
            if (k.length != 16) {
                throw new IllegalStateException("zhifa.crypto.sm4-key 必须是 32 位十六进制（128 位 SM4 密钥）");
            }
            return k;
        }
        try {
            if (!Files.exists(file)) {
                byte[] k = new byte[16];
                new SecureRandom().nextBytes(k);
                // owner-only (600) in an owner-only directory (700); if another instance wrote one first, theirs is used
                SecretFiles.createIfAbsent(file, HexFormat.of().formatHex(k).getBytes(StandardCharsets.US_ASCII));
            }
            // a key file written by an older version may be readable by others: tighten it and its directory
            SecretFiles.ownerOnlyDirectory(file.toAbsolutePath().getParent());
            SecretFiles.restrict(file);
            return HexFormat.of().parseHex(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或创建 SM4 密钥文件 " + file, e);
        }
    }
}
