package org.zhifa.evidence.store;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests whose credentials travel in the {@code Authorization} header. Written here
 * because the project takes no AWS SDK; the steps and names follow the AWS documentation (canonical request, string
 * to sign, derived signing key, signature).
 */
public final class SigV4Signer {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** SHA-256 of the empty body, sent with GET and HEAD. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    public SigV4Signer(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * Signs one request.
     *
     * @param method         HTTP method
     * @param host           the Host header exactly as sent (with {@code :port} when not the scheme's default)
     * @param canonicalUri   the URI-encoded path
     * @param canonicalQuery the canonical query string (empty when there is none)
     * @param headers        further headers to sign (e.g. {@code range}); sent by the caller as they are
     * @param payloadSha256  lower-case hex SHA-256 of the body
     * @param at             the signing time
     * @return the headers to add to the request: {@code x-amz-date}, {@code x-amz-content-sha256},
     *         {@code Authorization}
     */
    public Map<String, String> sign(String method, String host, String canonicalUri, String canonicalQuery,
            Map<String, String> headers, String payloadSha256, Instant at) {
        String amzDate = AMZ_DATE.format(at);
        String date = amzDate.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(Locale.ROOT), v.trim().replaceAll(" +", " ")));
        signed.put("host", host);
        signed.put("x-amz-content-sha256", payloadSha256);
        signed.put("x-amz-date", amzDate);

        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders
                + "\n" + signedHeaders + "\n" + payloadSha256;

        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));

        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, stringToSign));

        Map<String, String> out = new LinkedHashMap<>();
        out.put("x-amz-date", amzDate);
        out.put("x-amz-content-sha256", payloadSha256);
        out.put("Authorization", ALGORITHM + " Credential=" + accessKey + "/" + scope + ",SignedHeaders="
                + signedHeaders + ",Signature=" + signature);
        return out;
    }

    /** URI-encodes one path segment the way SigV4 expects (RFC 3986 unreserved characters kept). */
    public static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return sb.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
