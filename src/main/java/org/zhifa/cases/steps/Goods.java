package org.zhifa.cases.steps;

import java.util.List;
import java.util.Map;
import org.zhifa.cases.domain.GoodsLine;

/** A list of goods as the documents print it. */
final class Goods {

    private Goods() {
    }

    static List<Map<String, Object>> rows(List<GoodsLine> items) {
        return items.stream().map(g -> Present.fields("name", g.name(), "spec", g.spec(), "quantity", g.quantity(),
                "unit", g.unit(), "remark", g.remark())).toList();
    }
}
