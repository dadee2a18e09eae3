package org.zhifa.common;

/**
 * The laws and rules zhifa cites (legal-rules.md, abbreviations), with the short title printed in 《》. A provision is
 * {@code Law.PENALTY.article(58).paragraph(1).item(2)}.
 */
public enum Law {
    /** 《中华人民共和国行政处罚法》(2021). */
    PENALTY("行政处罚法"),
    /** 《中华人民共和国行政强制法》(2011). */
    COERCION("行政强制法"),
    /** 《中华人民共和国行政复议法》(2023). */
    RECONSIDERATION("行政复议法"),
    /** 《中华人民共和国行政诉讼法》. */
    LITIGATION("行政诉讼法"),
    /** 《中华人民共和国民事诉讼法》 (service of documents, applied by analogy). */
    CIVIL_PROCEDURE("民事诉讼法"),
    /** 《交通运输行政执法程序规定》(交通运输部令2019年第9号, amended 2021年第6号). */
    PROCEDURE("交通运输行政执法程序规定"),
    /** 《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号). */
    CRIMINAL_TRANSFER("行政执法机关移送涉嫌犯罪案件的规定"),
    /** 《超限运输车辆行驶公路管理规定》(交通运输部令2016年第62号). */
    OVERLIMIT("超限运输车辆行驶公路管理规定"),
    /** The bureau's action plan (西交运字〔2024〕50号); its tasks are cited as articles. */
    ACTION_PLAN("提升交通运输行政执法质量三年行动实施方案");

    private final String title;

    Law(String title) {
        this.title = title;
    }

    /** The short title without book-title marks. */
    public String title() {
        return title;
    }

    public LegalBasis article(int n) {
        return LegalBasis.of(title, n);
    }
}
