package org.zhifa.inspection.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhifa.publicity.PublicationMasking;

/**
 * Names of objects as the portal shows them, by the masking rules of publicity (legal-rules §6): organisations in
 * full, natural persons (个体工商户, vehicles owned by a person) masked, plates masked wherever they stand.
 */
@Component
public class PublicNames {

    private final TargetDirectory targets;

    PublicNames(TargetDirectory targets) {
        this.targets = targets;
    }

    public static String of(Target t) {
        var known = new PublicationMasking.KnownPersonalData(t.naturalPerson(), t.name(), null, t.address(), null,
                t.plateNumber());
        if (t.kind().identifiedByPlate()) {
            return PublicationMasking.text(t.name(), known);
        }
        return t.naturalPerson() ? PublicationMasking.personName(t.name()) : t.name();
    }

    /** Masked names of the objects of some tasks, by target id. */
    public Map<Long, String> ofTasks(List<Task> tasks) {
        Map<Long, String> out = new HashMap<>();
        targets.byIds(tasks.stream().map(Task::targetId).toList()).forEach((id, t) -> out.put(id, of(t)));
        return out;
    }
}
