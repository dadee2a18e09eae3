/**
 * Enforcement catalogue (执法事项清单, 方案 27–28): enforcement matters, violations with their quoted legal
 * basis, versioned discretion benchmarks (裁量基准, 处罚法 第三十四条, 方案 18) and the minor-violation
 * exemption list (免罚清单, 处罚法 第三十三条, 方案 22).
 *
 * <p>Public API for other modules: {@link org.zhifa.catalog.DiscretionRecommender},
 * {@link org.zhifa.catalog.ExemptionChecker}, {@link org.zhifa.catalog.OverLimitMassPenalty},
 * {@link org.zhifa.catalog.OverLimitDimensionPenalty} and {@link org.zhifa.catalog.MatterUsageSource}
 * (implemented by the cases module).
 */
package org.zhifa.catalog;
