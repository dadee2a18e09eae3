package org.zhifa.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhifa.evidence.log.LogKeyPair;

/**
 * The witnesses zhifa asks to cosign its tree heads (docs/evidence-log.md §8), run by other bodies.
 *
 * @param endpoints     each witness: its name, address and pinned SM2 public key
 * @param quorum        how many of them must cosign a head before proofs use it as witnessed
 * @param retryInterval how often heads not yet cosigned are offered again (heads are also offered as soon as they are
 *                      signed)
 * @param timeout       how long one request to a witness may take
 */
@ConfigurationProperties("zhifa.evidence.witness")
public record WitnessProperties(List<Endpoint> endpoints, Integer quorum, Duration retryInterval, Duration timeout) {

    /**
     * One witness.
     *
     * @param name      who runs it, e.g. 海西州交通运输综合行政执法监督局 (shown beside its cosignatures)
     * @param url       its base address; heads go to {@code url + /witness/v1/add-head}
     * @param publicKey its SM2 public key: PEM text or the path of a PEM file, obtained from the witness's operator
     */
    public record Endpoint(String name, String url, String publicKey) {

        /** The pinned key (a PEM file path or PEM text). */
        public LogKeyPair.Verifier verifier() {
            String pem = publicKey.strip();
            if (!pem.startsWith("-----BEGIN")) {
                try {
                    pem = Files.readString(Path.of(pem), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw new UncheckedIOException("见证人 " + name + " 的公钥文件无法读取：" + publicKey, e);
                }
            }
            return LogKeyPair.Verifier.fromPublicPem(pem);
        }
    }

    public WitnessProperties {
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        Set<String> keys = new HashSet<>();
        for (Endpoint e : endpoints) {
            if (e.name() == null || e.name().isBlank() || e.url() == null || e.publicKey() == null
                    || e.publicKey().isBlank()) {
                throw new IllegalStateException("zhifa.evidence.witness.endpoints 每一项都须有 name、url 与 public-key");
            }
            URI u = URI.create(e.url().strip());
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalStateException("见证人 " + e.name() + " 的地址无效：" + e.url());
            }
            if (!keys.add(e.verifier().keyId())) {
                throw new IllegalStateException("见证人 " + e.name() + " 的公钥与另一见证人相同：每个见证人须有自己的密钥");
            }
        }
        if (quorum == null) {
            // every configured witness: the strictest reading; set lower to tolerate a witness being unreachable
            quorum = endpoints.size();
        }
        if (quorum < 0 || quorum > endpoints.size()) {
            throw new IllegalStateException("zhifa.evidence.witness.quorum=" + quorum + " 须在 0 至见证人数 "
                    + endpoints.size() + " 之间");
        }
        if (!endpoints.isEmpty() && quorum == 0) {
            throw new IllegalStateException("已配置见证人时 zhifa.evidence.witness.quorum 不得为 0");
        }
        if (retryInterval == null) {
            // a minute: a witness that was down cosigns the latest head within a minute of coming back
            retryInterval = Duration.ofMinutes(1);
        }
        if (timeout == null) {
            // a witness answers from its own disk; 10 s leaves room for a slow network between bodies
            timeout = Duration.ofSeconds(10);
        }
    }
}
