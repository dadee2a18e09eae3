package org.zhifa.common.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseClosed;

/**
 * A listener of case closures in the test application (found by the component scan of the test class path, so all
 * integration tests keep sharing one context). The first delivery of a case named in {@link #failOnce(long)} throws; it
 * counts the deliveries of every case and notes the ones it completed.
 */
@Component
class FailingOnceListener {

    private final Set<Long> failOnce = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<Long> completed = ConcurrentHashMap.newKeySet();

    // methods, not fields: the bean is a proxy (the listener runs asynchronously)
    public void failOnce(long caseId) {
        failOnce.add(caseId);
    }

    public int attempts(long caseId) {
        return attempts.getOrDefault(caseId, 0);
    }

    public boolean completed(long caseId) {
        return completed.contains(caseId);
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        attempts.merge(event.caseId(), 1, Integer::sum);
        if (failOnce.remove(event.caseId())) {
            throw new IllegalStateException("下游暂不可用（测试）");
        }
        completed.add(event.caseId());
    }
}
