package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhifa.evidence.log.HeadTimestamp;

/**
 * The RFC 3161 time-stamping authority that timestamps every tree head (docs/evidence-log.md §9); none by default.
 *
 * @param url           the authority's address (HTTP POST of {@code application/timestamp-query}); empty: no timestamps
 * @param certificate   the authority's certificate (PEM text or a PEM file path), against which every token is checked
 *                      before it is stored
 * @param hashAlgorithm SHA-256 or SM3 (a GM/T 0033 authority may require SM3) for the message imprint
 * @param timeout       how long one request may take
 */
@ConfigurationProperties("zhifa.evidence.tsa")
public record TsaProperties(String url, String certificate, String hashAlgorithm, Duration timeout) {

    public TsaProperties {
        if (url != null && url.isBlank()) {
            url = null;
        }
        if (url != null) {
            URI u = URI.create(url.strip());
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalStateException("zhifa.evidence.tsa.url=" + url + " 不是有效的地址");
            }
            if (certificate == null || certificate.isBlank()) {
                // a token is only worth storing if it is checked against the authority's own certificate
                throw new IllegalStateException("设置 zhifa.evidence.tsa.url 时必须设置 zhifa.evidence.tsa.certificate（时间戳机构证书）");
            }
        }
        if (hashAlgorithm == null || hashAlgorithm.isBlank()) {
            // RFC 3161 authorities accept SHA-256 universally; SM3 for GM/T 0033 authorities that require it
            hashAlgorithm = "SHA-256";
        }
        HeadTimestamp.Hash.of(hashAlgorithm);
        if (timeout == null) {
            // an authority answers within a second normally; 10 s leaves room for a slow link
            timeout = Duration.ofSeconds(10);
        }
        if (url != null) {
            // refused at start rather than at the first head
            certificates(certificate);
        }
    }

    public boolean enabled() {
        return url != null;
    }

    public HeadTimestamp.Hash hash() {
        return HeadTimestamp.Hash.of(hashAlgorithm);
    }

    /** The authority's certificate(s). */
    public List<X509Certificate> authorities() {
        return certificates(certificate);
    }

    private static List<X509Certificate> certificates(String certificate) {
        String pem = certificate.strip();
        if (!pem.startsWith("-----BEGIN")) {
            try {
                pem = Files.readString(Path.of(pem), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("时间戳机构证书文件无法读取：" + certificate, e);
            }
        }
        return HeadTimestamp.certificates(pem);
    }
}
