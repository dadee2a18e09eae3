package org.zhifa.nonsite.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;
import org.zhifa.nonsite.NonSiteProperties;
import org.zhifa.nonsite.OverLimitJudge;

/**
 * The one ingest pipeline behind HTTP batches, CSV uploads and Kafka: check each record, judge it, decide whether the
 * device was usable on its day, write the batch (one transaction) and open clues for new over-limit records of a
 * usable device. An invalid record is rejected alone; its neighbours are kept.
 */
@Service
public class IngestPipeline {

    private final DetectionStore store;
    private final ClueBuilder clues;
    private final TransactionTemplate tx;
    private final NonSiteProperties properties;
    private final Clock clock;

    IngestPipeline(DetectionStore store, ClueBuilder clues, TransactionTemplate tx, NonSiteProperties properties,
            Clock clock) {
        this.store = store;
        this.clues = clues;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /** Collects the records of one batch as a reader produces them. */
    public final class Batch implements Consumer<DetectionRecord> {
        private final DeviceDirectory.IngestDevice device;
        private final long now = clock.millis();
        private final List<DetectionRecord> valid = new ArrayList<>(1024);
        private final List<IngestResult.RejectedRecord> rejections = new ArrayList<>();
        private final LinkedHashSet<String> unusableReasons = new LinkedHashSet<>();
        private int received;
        private int rejected;
        private int notUsable;

        Batch(DeviceDirectory.IngestDevice device) {
            this.device = device;
        }

        @Override
        public void accept(DetectionRecord r) {
            received++;
            if (received > properties.maxBatchSize()) {
                reject(r.index, r.recordId, "超过每批 " + properties.maxBatchSize() + " 条的上限，请分批重发");
                return;
            }
            RecordChecks.check(r, now);
            if (r.error != null) {
                reject(r.index, r.recordId, r.error);
                return;
            }
            judge(r);
            valid.add(r);
        }

        private void judge(DetectionRecord r) {
            if (r.weighed()) {
                r.massLimitKg = OverLimitJudge.massLimitKg(r.axles, r.combination, r.singleDriveAxle, r.singleTyreAxles);
                r.toleranceKg = OverLimitJudge.toleranceKg(r.grossMassKg, device.toleranceBasisPoints());
                r.excessKg = OverLimitJudge.excessKg(r.grossMassKg, r.toleranceKg, r.massLimitKg);
            }
            r.dimsOver = OverLimitJudge.dimensionsOverMask(r.heightMm, r.widthMm, r.lengthMm);
            r.overLimit = r.excessKg > 0 || r.dimsOver != 0;
            PolicyDecision usable = device.usableOn(NonSiteClock.epochDay(r.detectedAt));
            r.usable = usable.isAllowed();
            if (!r.usable) {
                notUsable++;
                for (Rejection x : usable.rejections()) {
                    unusableReasons.add(x.text());
                }
            }
        }

        void reject(int index, String recordId, String reason) {
            rejected++;
            if (rejections.size() < IngestResult.MAX_DETAILS) {
                rejections.add(new IngestResult.RejectedRecord(index, recordId, reason));
            }
        }

        /** Writes the batch and answers. */
        public IngestResult finish(boolean complete, String syntaxError, int readCount) {
            if (!complete) {
                reject(readCount, null, syntaxError + "：此处及其后的内容未能读取，请修正后重发（已读取的记录已处理，重发不会重复）");
            }
            int[] result = tx.execute(s -> {
                DetectionStore.Written w = store.write(device.id(), valid, now);
                List<DetectionRecord> forClues = new ArrayList<>();
                if (!w.newOverLimitIds().isEmpty()) {
                    Map<String, DetectionRecord> byId = new HashMap<>(valid.size() * 2);
                    valid.forEach(r -> byId.put(r.recordId, r));
                    for (String id : w.newOverLimitIds()) {
                        DetectionRecord r = byId.get(id);
                        if (r != null && r.usable && r.plate != null) {
                            forClues.add(r);
                        }
                    }
                }
                int opened = clues.add(device, forClues);
                return new int[] {w.inserted(), w.newOverLimitIds().size(), opened};
            });
            int accepted = result[0];
            return new IngestResult(received, accepted, valid.size() - accepted, rejected, result[1], result[2],
                    notUsable, List.copyOf(unusableReasons), complete, List.copyOf(rejections));
        }
    }

    public Batch batch(DeviceDirectory.IngestDevice device) {
        return new Batch(device);
    }
}
