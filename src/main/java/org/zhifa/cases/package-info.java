/**
 * Penalty cases (行政处罚案件): procedures, steps, approvals, legal review, collective discussion, hearing,
 * decision, service, execution, closure, archive and filing of major decisions.
 */
package org.zhifa.cases;
