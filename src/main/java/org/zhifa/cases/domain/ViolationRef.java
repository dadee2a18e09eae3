package org.zhifa.cases.domain;

/**
 * A violation of the case as taken from the catalogue: code, name, its enforcement matter, the provision violated
 * (违反的规定) and the penalty provision (处罚依据) — two different articles (处罚法 Art. 59).
 */
public record ViolationRef(String code, String name, String matterCode, String violatedRef, String penaltyBasis) {
}
