package org.zhifa.evidence.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.evidence.log.HeadTimestamp;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * Timestamps stored tree heads with the configured RFC 3161 authority (docs/evidence-log.md §9), newest first, a few per
 * round, outside the transaction that stored them. A token is stored only after it is checked against the authority's
 * configured certificate and the head's signed bytes.
 */
@Service
public class HeadTimestamps {

    private static final Logger LOG = LoggerFactory.getLogger(HeadTimestamps.class);
    /** Heads timestamped per round: the latest always, a backlog gradually. */
    static final int PER_ROUND = 20;

    private final TsaProperties properties;
    private final TransparencyLog log;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final HttpClient http;

    HeadTimestamps(TsaProperties properties, TransparencyLog log, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** The stored timestamp of a head. */
    public Optional<ProofBundle.Timestamp> of(TreeHead head) {
        return jdbc.sql("""
                select t.token, t.hash_algorithm, t.gen_time from evidence_log_timestamp t
                join evidence_log_head h on h.id = t.head_id
                where h.tree_size = ? and h.root_hash = ? and h.issued_at_ms = ? and h.key_id = ?
                order by t.head_id desc limit 1
                """).params(head.treeSize(), head.rootHash(), head.timestampMillis(), head.keyId())
                .query((rs, n) -> new ProofBundle.Timestamp(Base64.getEncoder().encodeToString(rs.getBytes(1)),
                        rs.getString(2), rs.getTimestamp(3).getTime())).optional();
    }

    /** Timestamps up to {@link #PER_ROUND} heads that have none, newest first. */
    void round() {
        if (!properties.enabled()) {
            return;
        }
        List<Long> ids = jdbc.sql("""
                select h.id from evidence_log_head h
                where not exists (select 1 from evidence_log_timestamp t where t.head_id = h.id)
                order by h.id desc limit ?
                """).param(PER_ROUND).query(Long.class).list();
        for (long id : ids) {
            TreeHead head = log.storedHead(id).orElseThrow();
            try {
                timestamp(id, head);
            } catch (IOException | TSPException | RuntimeException e) {
                LOG.warn("树头（大小 {}）时间戳申请失败：{}", head.treeSize(), e.toString());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void timestamp(long headId, TreeHead head) throws IOException, TSPException, InterruptedException {
        HeadTimestamp.Hash hash = properties.hash();
        byte[] signed = head.signedBytes();
        TimeStampRequest request = HeadTimestamp.request(signed, hash, new BigInteger(64, random));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(properties.url().strip()))
                .timeout(properties.timeout()).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("时间戳机构答复 HTTP " + r.statusCode());
        }
        TimeStampResponse response = new TimeStampResponse(r.body());
        response.validate(request);
        if (response.getTimeStampToken() == null) {
            throw new IOException("时间戳机构拒绝：" + response.getStatusString());
        }
        byte[] token = response.getTimeStampToken().getEncoded();
        HeadTimestamp.Check check = HeadTimestamp.check(token, signed, properties.authorities());
        if (!check.valid()) {
            throw new IOException("时间戳令牌未通过核验：" + check.problem());
        }
        jdbc.sql("""
                insert into evidence_log_timestamp (head_id, hash_algorithm, token, gen_time, received_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """).params(headId, hash.label(), token,
                        EvidenceRecords.odt(java.time.Instant.ofEpochMilli(check.genTimeMillis())),
                        EvidenceRecords.odt(clock.instant())).update();
    }
}
