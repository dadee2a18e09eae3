package org.zhifa.catalog.model;

/** Mitigating (从轻/减轻) or aggravating (从重). */
public enum FactorDirection {
    MITIGATING("从轻/减轻"),
    AGGRAVATING("从重");

    private final String label;

    FactorDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
