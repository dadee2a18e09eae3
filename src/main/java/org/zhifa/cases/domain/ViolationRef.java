package org.zhifa.cases.domain;

/** A violation of the case as taken from the catalogue (code, name, its enforcement matter, the penalty basis). */
public record ViolationRef(String code, String name, String matterCode, String penaltyBasis) {
}
