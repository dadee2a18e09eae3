package org.zhifa.evidence.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.EvidenceLogPublication;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.TreeHead;
import org.zhifa.identity.Totp;

/**
 * Publishing the log's heads (docs/evidence-log.md §10): the head of each day for the public annual data, the push of
 * every new witnessed head to a configured external endpoint, and the log references of items for certificates and
 * case evidence lists.
 */
@Service
public class HeadPublication implements EvidenceLogPublication {

    private static final Logger LOG = LoggerFactory.getLogger(HeadPublication.class);

    private final PublicationProperties properties;
    private final TransparencyLog log;
    private final WitnessedHeads witnessed;
    private final Witnessing witnessing;
    private final LogCosignatures cosignatures;
    private final EvidenceRecords records;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HeadPublication(PublicationProperties properties, TransparencyLog log, WitnessedHeads witnessed,
            Witnessing witnessing, LogCosignatures cosignatures, EvidenceRecords records, JdbcClient jdbc,
            Clock clock) {
        this.properties = properties;
        this.log = log;
        this.witnessed = witnessed;
        this.witnessing = witnessing;
        this.cosignatures = cosignatures;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean pushEnabled() {
        return properties.pushUrl() != null;
    }

    /** The head to publish: the latest witnessed one when witnesses are configured, else the latest. */
    private Optional<Long> headToPublish() {
        if (witnessing.enabled()) {
            return cosignatures.latestWitnessedHeadId(witnessing.witnessKeyIds(), witnessing.quorum(), 0);
        }
        return log.latestHeadId();
    }

    @SchedulerLock(name = "evidence.daily-head", lockAtLeastFor = "PT30S", lockAtMostFor = "PT30M")
    @Scheduled(cron = "${zhifa.evidence.publication.daily-head-cron:0 55 23 * * *}", zone = "Asia/Shanghai")
    void scheduledDailyHead() {
        recordDailyHead();
    }

    /** Records today's head (China time) once; later calls the same day change nothing. */
    @Transactional
    public Optional<DailyHead> recordDailyHead() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        // without a witnessed head yet, the latest head, with the number of cosignatures it has
        log.latestHead();
        Optional<Long> id = headToPublish().or(log::latestHeadId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        TreeHead head = log.storedHead(id.get()).orElseThrow();
        int count = cosignatures.of(head, log.keys().logId(), witnessing.witnessKeyIds()).size();
        jdbc.sql("""
                insert into evidence_log_daily_head (day, head_id, tree_size, root_hash, cosignatures, recorded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (day) do nothing
                """).params(today, id.get(), head.treeSize(), head.rootHash(), count,
                        EvidenceRecords.odt(clock.instant())).update();
        return dailyHeads(today.getYear()).stream().filter(d -> d.day().equals(today)).findFirst();
    }

    @Override
    public List<DailyHead> dailyHeads(int year) {
        return jdbc.sql("""
                select d.day, d.tree_size, d.root_hash, h.key_id, d.cosignatures
                from evidence_log_daily_head d join evidence_log_head h on h.id = d.head_id
                where d.day >= ? and d.day < ? order by d.day
                """).params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new DailyHead(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        HexFormat.of().formatHex(rs.getBytes(3)), rs.getString(4).trim(), rs.getInt(5))).list();
    }

    @Override
    public Optional<LogReference> reference(long evidenceId) {
        Optional<Long> metadata = log.indexOf(evidenceId, LeafKind.METADATA.name(), null);
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        Long file = log.indexOf(evidenceId, LeafKind.FILE.name(), null).orElse(null);
        List<Long> links = records.links(evidenceId).stream()
                .map(l -> log.indexOf(evidenceId, LeafKind.LINK.name(), l.id()).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return Optional.of(new LogReference(evidenceId, metadata.get(), file, links,
                properties.entryUrl(metadata.get())));
    }

    @Override
    public byte[] qrCodePng(String url) {
        String dataUri = Totp.qrDataUri(url);
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }

    public String entryUrl(long leafIndex) {
        return properties.entryUrl(leafIndex);
    }

    /**
     * Pushes the head to publish to the external endpoint if it was not pushed yet. Part of the follow-up round (under
     * its lock); a failure is recorded and retried next round.
     */
    void push() {
        if (!pushEnabled()) {
            return;
        }
        Optional<Long> id = headToPublish();
        if (id.isEmpty()) {
            return;
        }
        Long pushed = jdbc.sql("select pushed_head_id from evidence_head_push where id = 1").query(Long.class)
                .optional().orElse(null);
        if (id.get().equals(pushed)) {
            return;
        }
        Map<String, Object> body = witnessed.describe(log.storedHead(id.get()).orElseThrow());
        String error = null;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(properties.pushUrl()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Witnessing.JSON.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                error = "HTTP " + r.statusCode();
            }
        } catch (IOException | RuntimeException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (error != null) {
            LOG.warn("树头推送失败（{}）：{}", properties.pushUrl(), error);
        }
        jdbc.sql("""
                insert into evidence_head_push (id, pushed_head_id, pushed_at, last_attempt_at, last_error)
                values (1, ?, case when ? then now() end, now(), ?)
                on conflict (id) do update set
                    pushed_head_id = coalesce(excluded.pushed_head_id, evidence_head_push.pushed_head_id),
                    pushed_at = coalesce(excluded.pushed_at, evidence_head_push.pushed_at),
                    last_attempt_at = now(), last_error = excluded.last_error
                """).params(error == null ? id.get() : null, error == null, error).update();
    }
}
