package org.zhifa.nonsite.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.zhifa.nonsite.NonSiteProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Consumes detection records from Kafka into the same pipeline as HTTP. Messages are keyed by device code, so one
 * device's records stay ordered on one partition; every instance joins the same consumer group and Kafka spreads the
 * partitions over them. Each poll is written per device in one transaction and committed afterwards; a redelivered
 * poll (after a crash) is harmless because the database skips records it already holds.
 */
public class KafkaRecordConsumer {

    private static final Logger log = LoggerFactory.getLogger(KafkaRecordConsumer.class);
    private static final JsonFactory FACTORY = new JsonFactory();

    private final IngestPipeline pipeline;
    private final DeviceDirectory directory;
    private final NonSiteProperties.Kafka settings;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong unknownDevice = new AtomicLong();
    private ConcurrentMessageListenerContainer<String, byte[]> container;

    public KafkaRecordConsumer(IngestPipeline pipeline, DeviceDirectory directory, NonSiteProperties.Kafka settings) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.settings = settings;
    }

    public synchronized void start() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
        var factory = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties props = new ContainerProperties(settings.topic());
        props.setAckMode(ContainerProperties.AckMode.BATCH);
        props.setMessageListener((BatchMessageListener<String, byte[]>) this::onBatch);
        container = new ConcurrentMessageListenerContainer<>(factory, props);
        container.setConcurrency(settings.concurrency());
        container.setBeanName("nonsiteKafkaIngest");
        container.start();
        log.info("非现场执法 Kafka 接入已启动：主题 {}，消费组 {}，并发 {}", settings.topic(), settings.groupId(),
                settings.concurrency());
    }

    public synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    public long accepted() {
        return accepted.get();
    }

    public long unknownDevice() {
        return unknownDevice.get();
    }

    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, IngestPipeline.Batch> batches = new LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (ConsumerRecord<String, byte[]> m : records) {
            String code = m.key();
            IngestPipeline.Batch batch = batches.get(code);
            if (batch == null && !batches.containsKey(code)) {
                batch = directory.byCode(code).map(pipeline::batch).orElse(null);
                batches.put(code, batch);
            }
            if (batch == null) {
                unknownDevice.incrementAndGet();
                continue;
            }
            int[] n = counts.computeIfAbsent(code, k -> new int[1]);
            DetectionRecord r = new DetectionRecord();
            r.index = n[0]++;
            try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), m.value())) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    r.fail("消息须为一条检测记录的 JSON 对象");
                } else {
                    RecordJsonReader.readObject(p, r);
                }
            } catch (JacksonException e) {
                r.fail("JSON 语法错误");
            }
            batch.accept(r);
        }
        batches.forEach((code, batch) -> {
            if (batch != null) {
                IngestResult result = batch.finish(true, null, counts.get(code)[0]);
                accepted.addAndGet(result.accepted());
                if (result.rejected() > 0) {
                    log.warn("Kafka：设备 {} 有 {} 条记录被拒收，例如：{}", code, result.rejected(),
                            result.rejections().isEmpty() ? "" : result.rejections().get(0).reason());
                }
            }
        });
    }
}
