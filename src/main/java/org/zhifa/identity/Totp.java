package org.zhifa.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits) for the second factor. The HMAC is
 * the JDK's, the base32 of the secret is commons-codec's; what is left here is RFC 4226's dynamic truncation, checked
 * against every SHA-1 vector of RFC 6238 Appendix B (docs/dependencies.md says why no TOTP library).
 */
public final class Totp {

    private static final Base32 BASE32 = new Base32();
    private static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random 160-bit secret in base32. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** The code for the given secret at the given time. */
    public static String code(String base32Secret, Instant at) {
        return code(base32Decode(base32Secret), at.getEpochSecond() / STEP_SECONDS);
    }

    /** Accepts the code of the current step and of one step either side (clock drift). */
    public static boolean verify(String base32Secret, String code, Instant now) {
        if (code == null || !code.trim().matches("\\d{6}")) {
            return false;
        }
        byte[] key = base32Decode(base32Secret);
        long step = now.getEpochSecond() / STEP_SECONDS;
        for (long s = step - 1; s <= step + 1; s++) {
            if (java.security.MessageDigest.isEqual(code(key, s).getBytes(StandardCharsets.US_ASCII),
                    code.trim().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /** The otpauth URI that authenticator apps read from the QR code. */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20") + "&digits=6&period=30";
    }

    /** A QR code of the URI as a PNG data URI. */
    public static String qrDataUri(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 240, 240);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("二维码生成失败", e);
        }
    }

    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base32(byte[] data) {
        return BASE32.encodeToString(data).replace("=", "");
    }

    static byte[] base32Decode(String text) {
        String s = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        // commons-codec skips characters outside the alphabet; a stored secret with one is damaged, not shorter.
        if (!s.matches("[A-Z2-7]+=*")) {
            throw new IllegalArgumentException("动态口令密钥格式不正确");
        }
        return BASE32.decode(s);
    }
}
