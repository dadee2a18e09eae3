package org.zhifa.cases.procedure;

/** The two penalty procedures (处罚法 Chapter V, sections 2 and 3). */
public enum Procedure {
    SIMPLIFIED("简易程序"), ORDINARY("普通程序");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public ProcedureDefinition definition() {
        return this == SIMPLIFIED ? Procedures.SIMPLIFIED : Procedures.ORDINARY;
    }
}
