package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.zhifa.nonsite.internal.DeviceDirectory;
import org.zhifa.nonsite.internal.IngestPipeline;
import org.zhifa.nonsite.internal.KafkaRecordConsumer;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The Kafka path end to end with an in-JVM broker (the one behind {@code @EmbeddedKafka}), started here rather than
 * through the annotation so that the shared application context stays free of Kafka; the consumer is the production
 * class, wired with the context's pipeline.
 */
@ZhifaIntegrationTest
class NonSiteKafkaTest {

    static final String TOPIC = "zhifa.nonsite.records.test";
    static EmbeddedKafkaKraftBroker broker;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void the_default_context_has_no_kafka_consumer() {
        assertThat(context.getBeansOfType(KafkaRecordConsumer.class)).isEmpty();
    }

    @Test
    void records_from_the_topic_are_stored_once_even_when_redelivered() throws Exception {
        var device = NonSiteFixtures.usableWim(port);
        var consumer = new KafkaRecordConsumer(context.getBean(IngestPipeline.class), context.getBean(DeviceDirectory.class),
                new NonSiteProperties.Kafka(true, broker.getBrokersAsString(), TOPIC, "zhifa-test-" + device.code(), 2));
        consumer.start();
        int n = 20_000;
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(), ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new ByteArraySerializer())) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int gross = i % 40 == 0 ? 60_000 : 30_000; // 2.5 % over the 49,000 kg limit after the 5 % tolerance
                producer.send(new ProducerRecord<>(TOPIC, device.code(), NonSiteFixtures.record("k" + i,
                        at.plusMillis(i), "青H" + (60_000 + i % 500), 6, gross).getBytes(StandardCharsets.UTF_8)));
            }
            // a resent record (a producer retry, a device resending) must not be stored twice
            producer.send(new ProducerRecord<>(TOPIC, device.code(), NonSiteFixtures.record("k0", at, "青H60000", 6, 60_000)
                    .getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            long stored = 0;
            while (System.nanoTime() < deadline) {
                stored = jdbc.sql("select count(*) from nonsite_detection where device_id = :d").param("d", device.id())
                        .query(Long.class).single();
                if (stored >= n) {
                    break;
                }
                Thread.sleep(200);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[kafka ingest] %,d records produced and stored in %.1f s: %,.0f records/s (in-JVM broker, "
                    + "test JVM shared with the application)%n", n, secs, n / secs);
            assertThat(stored).isEqualTo(n);
            Thread.sleep(1_000);
            assertThat(jdbc.sql("select count(*) from nonsite_detection where device_id = :d").param("d", device.id())
                    .query(Long.class).single()).isEqualTo(n);
            assertThat(jdbc.sql("select count(*) from nonsite_clue where device_id = :d").param("d", device.id())
                    .query(Long.class).single()).isPositive();
        } finally {
            consumer.stop();
        }
    }
}
