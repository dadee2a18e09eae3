package org.zhifa.cases;

/** A party to a case: a natural person or a legal person / other organisation (处罚法 Art. 51 distinguishes them). */
public enum PartyKind {
    CITIZEN("公民"), ORGANISATION("法人或其他组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
