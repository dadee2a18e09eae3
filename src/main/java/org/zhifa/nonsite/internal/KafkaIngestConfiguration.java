package org.zhifa.nonsite.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.nonsite.NonSiteProperties;

/** The Kafka ingest path, only with {@code zhifa.nonsite.kafka.enabled=true}; otherwise nothing Kafka starts. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("zhifa.nonsite.kafka.enabled")
class KafkaIngestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    KafkaRecordConsumer kafkaRecordConsumer(IngestPipeline pipeline, DeviceDirectory directory,
            NonSiteProperties properties) {
        return new KafkaRecordConsumer(pipeline, directory, properties.kafka());
    }
}
