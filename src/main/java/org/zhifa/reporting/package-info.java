/**
 * Statistics and reports (方案第9、10、33条 and the plan's 工作要求: 台账、清单化管理): monthly statistics per unit and
 * for the prefecture with the counting rules of {@code docs/statistics.md}, the monthly report (drafted on the 1st,
 * submitted by the unit head by the 5th, locked, corrected as new versions, exported in the provincial layout of the
 * column map), the yearly public data and the yearly work report, the usage rate and its quarterly bulletin, the
 * action-plan ledger, and dashboards. Reads the other modules only through their public statistics types
 * ({@code cases.CaseStatistics}, {@code nonsite.NonSiteStatistics}, {@code publicity.ComplaintStatistics},
 * {@code training.TrainingPlans}, {@code audit.AuditActivity}, {@code personnel.OfficerDirectory}); the supervision
 * module provides {@link org.zhifa.supervision.SupervisionFigures}, and reporting implements supervision's port
 * {@link org.zhifa.supervision.UnitUsage} (the usage rate for the yearly appraisal).
 */
package org.zhifa.reporting;
