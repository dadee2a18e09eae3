package org.zhifa.evidence.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.evidence.internal.EvidenceItem;
import org.zhifa.evidence.internal.EvidenceLink;

/** The JSON shape of evidence items in the API. */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static Map<String, Object> item(EvidenceItem i, List<EvidenceLink> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", i.kind().name());
        m.put("kindLabel", i.kind().label());
        m.put("title", i.title());
        m.put("description", i.description());
        m.put("collectedByUserId", i.collectedByUserId());
        m.put("collectedByName", i.collectedByName());
        m.put("collectedAt", i.collectedAt());
        m.put("place", i.place());
        m.put("device", i.device());
        m.put("continuousRecording", i.continuousRecording());
        m.put("unitId", i.unitId());
        m.put("unitName", i.unitName());
        m.put("contentSm3", i.contentSm3());
        m.put("contentSha256", i.contentSha256());
        m.put("contentSize", i.contentSize());
        m.put("mediaType", i.mediaType());
        m.put("fileName", i.fileName());
        m.put("supersedesId", i.supersedesId());
        m.put("supersedeReason", i.supersedeReason());
        m.put("supersededById", i.supersededById());
        m.put("createdAt", i.createdAt());
        if (links != null) {
            m.put("links", links.stream().map(EvidenceJson::link).toList());
        }
        return m;
    }

    static Map<String, Object> link(EvidenceLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("targetType", l.targetType().name());
        m.put("targetLabel", l.targetType().label());
        m.put("targetId", l.targetId());
        m.put("linkedByName", l.linkedByName());
        m.put("linkedAt", l.linkedAt());
        return m;
    }
}
