package org.zhifa.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.zhifa.cases.CaseRecords;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.evidence.EvidenceIntegrity;
import org.zhifa.identity.DataScope;
import org.zhifa.nonsite.DeviceVerificationAlerts;
import org.zhifa.supervision.SupervisionProperties;

/**
 * Supervision alerts across the units in the actor's scope: legal clocks overdue, open cases without a step for the
 * configured days, cases repeatedly returned by legal review, evidence integrity alarms, non-site devices past their
 * verification date still sending; and the board of criminal transfers with their clocks.
 */
@Service
public class Alerts {

    /** Rows shown per kind. */
    static final int LIMIT = 200;

    public record Board(LocalDate today, int staleDays, int returns, List<CaseRecords.CaseAlert> overdueClocks,
            List<CaseRecords.CaseAlert> stale, List<CaseRecords.CaseAlert> repeatedReturns,
            List<EvidenceIntegrity.Alarm> integrity, List<DeviceVerificationAlerts.Alert> devices,
            List<Transfer> transfers, List<DiscretionPatterns.Pattern> discretion) {
    }

    /**
     * A criminal transfer on the board with what is late under 国务院令第310号: the decision not taken within 3 days of
     * the proposal, the handover not made within 24 hours of approval (each clock still running past its due day, or
     * closed late), and a transfer made without the public security organ's receipt.
     */
    public record Transfer(CaseRecords.TransferView view, boolean decisionOverdue, boolean handoverOverdue,
            boolean awaitingReceipt) {

        static Transfer of(CaseRecords.TransferView t, LocalDate today) {
            return new Transfer(t, late(t.decisionClock(), today), late(t.handoverClock(), today),
                    t.transferredOn() != null && t.receivedOn() == null);
        }

        private static boolean late(CaseRecords.ClockFact c, LocalDate today) {
            return c != null && (c.overdue() || c.closedOn() == null && today.isAfter(c.dueOn()));
        }
    }

    private final CaseRecords cases;
    private final EvidenceIntegrity evidence;
    private final DeviceVerificationAlerts devices;
    private final DataScope scope;
    private final Clock clock;
    private final SupervisionProperties settings;

    Alerts(CaseRecords cases, EvidenceIntegrity evidence, DeviceVerificationAlerts devices, DataScope scope,
            Clock clock, SupervisionProperties settings) {
        this.cases = cases;
        this.evidence = evidence;
        this.devices = devices;
        this.scope = scope;
        this.clock = clock;
        this.settings = settings;
    }

    public Board board(Actor actor) {
        Set<Long> units = scope.visibleUnitIds(actor);
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return new Board(today, settings.staleCaseDays(), settings.repeatedReturns(),
                cases.overdueClocks(units, today, LIMIT),
                cases.withoutStepSince(units, today.minusDays(settings.staleCaseDays()), LIMIT),
                cases.repeatedlyReturned(units, settings.repeatedReturns(), LIMIT), evidence.alarms(units, LIMIT),
                devices.pastVerificationStillSending(units, today, LIMIT),
                cases.transfers(units, LIMIT).stream().map(t -> Transfer.of(t, today)).toList(),
                DiscretionPatterns.find(cases.discretion(today.minusDays(settings.discretionWindowDays())),
                        settings.discretionFactor(), settings.discretionMinimum(), units));
    }
}
