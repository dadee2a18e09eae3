/**
 * Inspections and patrols (双随机、一公开, 日常巡查; issue 15, legal-rules §8, 方案 23): the directories of objects,
 * spot-check items, inspectors and road segments; annual plans; verifiable random draws (through {@code draw});
 * inspections on a phone with their 现场检查笔录; outcomes (责令改正 with a working-day deadline and a follow-up,
 * case sources in {@code cases}); patrol logs and findings; publication of results; the 多头/重复检查 monitor.
 *
 * <p>Public API: {@link org.zhifa.inspection.InspectionStatistics} (counts for reporting),
 * {@link org.zhifa.inspection.InspectionProperties}, {@link org.zhifa.inspection.TargetKind},
 * {@link org.zhifa.inspection.InspectionOutcome}. {@code internal} and {@code web} are private to the module.
 */
package org.zhifa.inspection;
