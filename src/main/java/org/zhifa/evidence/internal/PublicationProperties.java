package org.zhifa.evidence.internal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the log's heads are published (docs/evidence-log.md §10).
 *
 * @param baseUrl       the address the public reaches zhifa at; printed in the QR code of evidence certificates, which
 *                      points to the public verification page of the item's log entry
 * @param pushUrl       an external endpoint (e.g. the provincial department's) that receives every new witnessed head
 *                      as JSON by HTTP POST; empty: no push
 * @param dailyHeadCron when the day's head is recorded for the public annual data (China time)
 */
@ConfigurationProperties("zhifa.evidence.publication")
public record PublicationProperties(String baseUrl, String pushUrl, String dailyHeadCron) {

    public PublicationProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            // the default local run; a production installation sets the address the public actually uses
            baseUrl = "http://localhost:8080";
        }
        baseUrl = baseUrl.strip().replaceAll("/+$", "");
        if (pushUrl != null && pushUrl.isBlank()) {
            pushUrl = null;
        }
        for (String u : pushUrl == null ? new String[] {baseUrl} : new String[] {baseUrl, pushUrl}) {
            URI uri = URI.create(u.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalStateException("zhifa.evidence.publication 中的地址无效：" + u);
            }
        }
        if (dailyHeadCron == null || dailyHeadCron.isBlank()) {
            // just before midnight, China time: the head that closes the day
            dailyHeadCron = "0 55 23 * * *";
        }
    }

    /** The public verification page of a log entry. */
    public String entryUrl(long leafIndex) {
        return baseUrl + "/public/evidence/entries/" + leafIndex;
    }
}
