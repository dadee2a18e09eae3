package org.zhifa.documents;

/** How a document is laid out; one renderer per family rather than one per document. */
public enum DocumentFamily {
    /** 通知书、公告、报告、移送书: addressed text paragraphs, seal block. */
    NOTICE,
    /** 决定书: party, numbered sections, remedies, seal block. */
    DECISION,
    /** 笔录: time/place/persons table, questions and answers, signature lines on every page. */
    RECORD,
    /** 清单、凭证、送达回证: key facts and a table of rows, signatures. */
    LIST,
    /** 登记表、审核表、报告表: a two-column form with opinion boxes. */
    FORM
}
