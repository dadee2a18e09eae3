package org.zhifa.documents.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rendering of issued documents after the issuing transaction (table document_render_queue).
 *
 * @param workers    threads per instance that render queued documents (0: only on the first read)
 * @param poll       how often an idle worker looks at the queue (documents queued by this instance wake it at once)
 * @param retryDelay how long a document whose rendering failed waits before a worker tries it again
 */
@ConfigurationProperties("zhifa.documents.render")
public record RenderProperties(Integer workers, Duration poll, Duration retryDelay) {

    public RenderProperties {
        if (workers == null) {
            // one of the reference machine's 2 cores: rendering is CPU-bound (240–370 ms a document, README); with two
            // workers the rendering took 73 % of the JVM's samples while steps ran (docs/performance.md) (cfg)
            workers = 1;
        }
        if (workers < 0) {
            throw new IllegalArgumentException("zhifa.documents.render.workers 不能为负数：" + workers);
        }
        if (poll == null) {
            // picks up documents queued by another instance or left by a crash within seconds (cfg)
            poll = Duration.ofSeconds(5);
        }
        if (retryDelay == null) {
            // a failure is a missing font or a broken seal: an administrator fixes it in minutes (cfg)
            retryDelay = Duration.ofMinutes(1);
        }
    }

    public static RenderProperties defaults() {
        return new RenderProperties(null, null, null);
    }
}
