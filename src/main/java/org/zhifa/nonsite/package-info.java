/**
 * Non-site over-limit enforcement (非现场执法, 方案 20、34; 《行政处罚法》第四十一条): monitoring devices and their
 * usability, weigh-in-motion record ingest at volume (HTTP batches, CSV, Kafka), the over-limit judgement of
 * 62号令 第三条、第四十三条, the clue review queue, the evidence package and the case draft.
 *
 * <p>Public API: {@link org.zhifa.nonsite.OverLimitJudge} (pure judgement), {@link org.zhifa.nonsite.DeviceUsabilityPolicy},
 * {@link org.zhifa.nonsite.PublishedDeviceLocations} (the published device locations for the publicity pages).
 */
package org.zhifa.nonsite;
