package org.zhifa.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhifa.cases.domain.ExecutionRecord.Instalment;

/**
 * Where each instalment stands (《行政处罚法》第六十六条): payments are applied to the instalments in order, so an
 * instalment is paid once the payments reach the running total up to it. Pure.
 *
 * <p>加处罚款 (第七十二条) is worded for the fine the party fails to pay on time. With an approved schedule the party is
 * late only with an instalment that fell due, so the surcharge is computed per overdue instalment on its unpaid amount,
 * from its own due date, and capped at that unpaid amount (the law's cap "never more than the fine" applied to the part
 * that is late); the existing calculator does exactly that when given the unpaid amount.
 */
public final class InstalmentStatus {

    private InstalmentStatus() {
    }

    public enum State {
        PAID("已缴清"), UNPAID("未到期"), OVERDUE("已逾期");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Line(int no, LocalDate dueOn, long amountFen, long unpaidFen, State state,
            LateSurcharge.Result surcharge) {
    }

    public static List<Line> of(ExecutionRecord e, LocalDate today, List<LateSurcharge.Pause> pauses) {
        List<Line> lines = new ArrayList<>();
        long cumulative = 0;
        for (Instalment i : e.instalments()) {
            cumulative += i.amountFen();
            long unpaid = Math.max(0, Math.min(i.amountFen(), cumulative - e.paidFen()));
            State state = unpaid == 0 ? State.PAID : today.isAfter(i.dueOn()) ? State.OVERDUE : State.UNPAID;
            LateSurcharge.Result surcharge = state == State.OVERDUE
                    ? LateSurcharge.compute(unpaid, i.dueOn(), today, pauses) : new LateSurcharge.Result(0, 0, false);
            lines.add(new Line(i.no(), i.dueOn(), i.amountFen(), unpaid, state, surcharge));
        }
        return lines;
    }

    /** Instalments fully covered by the payments so far (their clocks stop). */
    public static List<Integer> covered(ExecutionRecord e) {
        List<Integer> nos = new ArrayList<>();
        long cumulative = 0;
        for (Instalment i : e.instalments()) {
            cumulative += i.amountFen();
            if (e.paidFen() >= cumulative) {
                nos.add(i.no());
            }
        }
        return nos;
    }

    /** The surcharge of the case: per overdue instalment when there is a schedule, else on the unpaid fine. */
    public static LateSurcharge.Result surcharge(long fineFen, ExecutionRecord e, LocalDate today,
            List<LateSurcharge.Pause> pauses) {
        if (e.instalments().isEmpty()) {
            return LateSurcharge.compute(fineFen - Math.min(e.paidFen(), fineFen), e.paymentDue(), today, pauses);
        }
        long days = 0;
        long fen = 0;
        boolean capped = false;
        for (Line l : of(e, today, pauses)) {
            days = Math.max(days, l.surcharge().days());
            fen += l.surcharge().surchargeFen();
            capped |= l.surcharge().capped();
        }
        return new LateSurcharge.Result(days, fen, capped);
    }
}
