package org.zhifa.cases.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.CaseOfficer;
import org.zhifa.cases.domain.PenaltyCase;
import org.zhifa.common.InvalidInputException;

/** The officers a step names (present at an act, the recorder): each must be an acting officer of the case (400). */
final class Present {

    private Present() {
    }

    static List<CaseOfficer> officers(PenaltyCase k, List<Long> ids, String field) {
        List<CaseOfficer> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(officer(k, id, field));
        }
        return out;
    }

    static CaseOfficer officer(PenaltyCase k, Long id, String field) {
        return k.actingOfficers().stream().filter(o -> id != null && o.officerId() == id).findFirst()
                .orElseThrow(() -> new InvalidInputException("所选人员不是本案的承办执法人员",
                        Map.of(field, "请选择本案的承办执法人员")));
    }

    /** Document fields in order, without the absent ones (a document shows only what was entered). */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            if (v != null && !(v instanceof String s && s.isBlank())) {
                m.put((String) keysAndValues[i], v);
            }
        }
        return m;
    }

    static String names(List<CaseOfficer> officers) {
        return String.join("、", officers.stream().map(CaseOfficer::name).toList());
    }

    /** Officers investigating or inspecting show their certificates first (《行政处罚法》第五十五条). */
    static void credentials(Boolean shown) {
        if (!Boolean.TRUE.equals(shown)) {
            throw org.zhifa.common.Rejection.of(org.zhifa.cases.rules.Articles.CREDENTIALS,
                    "执法人员在调查或者进行检查时，应当主动出示执法证件；未出示的，当事人或者有关人员有权拒绝接受调查或者检查")
                    .exception();
        }
    }
}
