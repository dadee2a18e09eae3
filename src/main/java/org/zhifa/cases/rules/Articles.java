package org.zhifa.cases.rules;

import static org.zhifa.common.Law.ACTION_PLAN;
import static org.zhifa.common.Law.CIVIL_PROCEDURE;
import static org.zhifa.common.Law.COERCION;
import static org.zhifa.common.Law.CRIMINAL_TRANSFER;
import static org.zhifa.common.Law.OVERLIMIT;
import static org.zhifa.common.Law.PENALTY;
import static org.zhifa.common.Law.PROCEDURE;
import static org.zhifa.common.Law.RECONSIDERATION;

import org.zhifa.common.LegalBasis;

/**
 * Every provision the cases module cites, once (one article identity: "where is Art. 64 enforced" is a find-usages
 * of {@link #HEARING}). Names: law, article, subject. 程序规定 article numbers are those of legal-rules.md (cfg:
 * confirm against the official text of 交通运输部令2019年第9号 as amended 2021).
 */
public final class Articles {

    // 《行政处罚法》(2021)
    public static final LegalBasis CORRECTION_AND_GAINS = PENALTY.article(28);
    public static final LegalBasis ONE_ACT_ONE_FINE = PENALTY.article(29);
    public static final LegalBasis NO_PENALTY_MINOR = PENALTY.article(33);
    public static final LegalBasis EDUCATION = PENALTY.article(33).paragraph(3);
    public static final LegalBasis DISCRETION_BENCHMARK = PENALTY.article(34);
    public static final LegalBasis LIMITATION = PENALTY.article(36);
    public static final LegalBasis ELECTRONIC_MONITORING = PENALTY.article(41);
    public static final LegalBasis TWO_OFFICERS = PENALTY.article(42);
    public static final LegalBasis CREDENTIALS = PENALTY.article(55);
    public static final LegalBasis RECUSAL = PENALTY.article(43);
    public static final LegalBasis NOTICE = PENALTY.article(44);
    public static final LegalBasis STATEMENT = PENALTY.article(45);
    public static final LegalBasis FULL_RECORDING = PENALTY.article(47);
    public static final LegalBasis SIMPLIFIED_LIMIT = PENALTY.article(51);
    public static final LegalBasis ON_THE_SPOT_DECISION = PENALTY.article(52);
    public static final LegalBasis PRESERVATION = PENALTY.article(56);
    public static final LegalBasis OUTCOMES = PENALTY.article(57);
    public static final LegalBasis NOT_ESTABLISHED = PENALTY.article(57).paragraph(1).item(3);
    public static final LegalBasis COLLECTIVE_DISCUSSION = PENALTY.article(57).paragraph(2);
    public static final LegalBasis LEGAL_REVIEW = PENALTY.article(58);
    public static final LegalBasis LEGAL_REVIEW_AFTER_HEARING = PENALTY.article(58).paragraph(1).item(2);
    public static final LegalBasis REVIEWER_QUALIFICATION = PENALTY.article(58).paragraph(2);
    public static final LegalBasis DECISION_CONTENTS = PENALTY.article(59);
    public static final LegalBasis CASE_LIMIT = PENALTY.article(60);
    public static final LegalBasis SERVICE = PENALTY.article(61);
    public static final LegalBasis ELECTRONIC_SERVICE = PENALTY.article(61).paragraph(2);
    public static final LegalBasis NO_DECISION_WITHOUT_NOTICE = PENALTY.article(62);
    public static final LegalBasis HEARING_RIGHT = PENALTY.article(63);
    public static final LegalBasis HEARING = PENALTY.article(64);
    public static final LegalBasis HEARING_REQUEST = PENALTY.article(64).item(1);
    public static final LegalBasis HEARING_NOTICE = PENALTY.article(64).item(2);
    public static final LegalBasis HEARING_PRESIDING = PENALTY.article(64).item(4);
    public static final LegalBasis HEARING_RECORD = PENALTY.article(65);
    public static final LegalBasis DEFERRAL = PENALTY.article(66).paragraph(2);
    public static final LegalBasis SEPARATE_COLLECTION = PENALTY.article(67);
    public static final LegalBasis ON_SPOT_COLLECTION = PENALTY.article(68);
    public static final LegalBasis REMOTE_COLLECTION = PENALTY.article(69);
    public static final LegalBasis CASH_HAND_IN = PENALTY.article(71);
    public static final LegalBasis LATE_SURCHARGE = PENALTY.article(72);
    public static final LegalBasis SURCHARGE_PAUSE = PENALTY.article(73);

    // 《行政强制法》
    public static final LegalBasis MEASURE_DECISION = COERCION.article(24);
    public static final LegalBasis MEASURE_PERIOD = COERCION.article(25);
    public static final LegalBasis MEASURE_RELEASE = COERCION.article(28);
    public static final LegalBasis COURT_APPLICATION = COERCION.article(53);
    public static final LegalBasis REMINDER = COERCION.article(54);

    // 《行政复议法》(2023): the people's government at the deciding department's level
    public static final LegalBasis RECONSIDERATION_BODY = RECONSIDERATION.article(24).paragraph(1).item(1);

    // 《民事诉讼法》 (service of documents, applied by analogy)
    public static final LegalBasis SERVICE_LEFT_AT_ADDRESS = CIVIL_PROCEDURE.article(89);
    public static final LegalBasis SERVICE_BY_PUBLIC_NOTICE = CIVIL_PROCEDURE.article(95);

    // 《交通运输行政执法程序规定》 (numbers: legal-rules.md, cfg)
    public static final LegalBasis FILING_DECISION = PROCEDURE.article(62);
    public static final LegalBasis FILING = PROCEDURE.article(63);
    public static final LegalBasis CLOSURE_AND_ARCHIVE = PROCEDURE.article(91);

    // 国务院令第310号
    public static final LegalBasis TRANSFER = CRIMINAL_TRANSFER.article(3);
    public static final LegalBasis TRANSFER_TIMES = CRIMINAL_TRANSFER.article(5);

    // 62号令
    public static final LegalBasis OVER_LIMIT = OVERLIMIT.article(3);

    // 方案 (tasks cited as articles)
    public static final LegalBasis MAJOR_FILING = ACTION_PLAN.article(21);
    public static final LegalBasis COMMITMENT = ACTION_PLAN.article(22);

    private Articles() {
    }
}
