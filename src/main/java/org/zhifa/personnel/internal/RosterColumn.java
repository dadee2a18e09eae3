package org.zhifa.personnel.internal;

/** Columns of the roster sheet (import template and export), in order. */
public enum RosterColumn {
    NAME("姓名", true),
    GENDER("性别", true),
    ETHNICITY("民族", false),
    ID_NUMBER("身份证号", true),
    UNIT("所属单位", true),
    KIND("人员类别", false),
    EDUCATION("学历", false),
    POST("岗位", false),
    EMPLOYMENT("用人方式", false),
    JOINED_ON("入职日期", false),
    LEGAL_QUALIFICATION("法律职业资格", false),
    LEGAL_QUALIFICATION_NO("法律职业资格证书编号", false),
    LEGAL_REVIEWER("法制审核人员", false),
    CERT_NUMBER("执法证号", false),
    CERT_AUTHORITY("发证机关", false),
    CERT_CATEGORIES("执法门类", false),
    CERT_ISSUED_ON("发证日期", false),
    CERT_EXPIRES_ON("有效期至", false),
    RESPONSIBLE("责任执法人员", false);

    private final String title;
    private final boolean required;

    RosterColumn(String title, boolean required) {
        this.title = title;
        this.required = required;
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    /** Column letter in the sheet (A, B, …). */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
