/**
 * Supervision (执法监督) by the prefecture supervision bureau and unit heads: case-file evaluation campaigns (案卷评查)
 * with versioned score sheets, a verifiable stratified draw of case files ({@code org.zhifa.draw}), evaluator
 * assignment without conflicts, pre-checks of every item decidable from the record, results per file and unit and
 * rectification tasks to the handling unit.
 *
 * <p>Reads cases through {@link org.zhifa.cases.CaseRecords}, evidence through
 * {@link org.zhifa.evidence.EvidenceIntegrity}, officers through {@code personnel.OfficerEligibility}.
 */
package org.zhifa.supervision;
