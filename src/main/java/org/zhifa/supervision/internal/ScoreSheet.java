package org.zhifa.supervision.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A versioned score sheet (评查评分表): veto items (否决项) that zero a file, and scored items grouped into form and
 * content, each with its points and basis; {@code precheck} names the check that decides the item from the record,
 * or is null when only a person can.
 */
public record ScoreSheet(long id, String code, int version, String title, boolean demonstration, String issuedBy,
        List<Item> items) {

    public enum Group {
        VETO("否决项"), FORM("形式评查"), CONTENT("内容评查");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Item(String code, Group group, String text, BigDecimal points, String basis, PreCheck.Kind precheck) {
    }

    public ScoreSheet {
        items = List.copyOf(items);
    }

    public BigDecimal points(Group group) {
        return items.stream().filter(i -> i.group() == group).map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Items the system pre-checks from the record. */
    public long precheckable() {
        return items.stream().filter(i -> i.precheck() != null).count();
    }

    /** Share of items pre-checked, in whole per cent. */
    public int precheckShare() {
        return items.isEmpty() ? 0 : (int) Math.round(100.0 * precheckable() / items.size());
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
