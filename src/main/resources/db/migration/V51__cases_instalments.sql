-- Instalments (《行政处罚法》第六十六条): each instalment of an approved schedule is a clock of kind INSTALMENT; the
-- schedule itself is part of the case's execution record (versioned with the case). The number links the clock to
-- its instalment.
alter table case_clock add column instalment_no integer;

-- The clock sweep marks running clocks past their due date OVERDUE without closing them, so "open" is now
-- closed_on is null (RUNNING or OVERDUE); the sweep reads RUNNING clocks by due date.
drop index case_clock_running;
create index case_clock_running on case_clock (due_on) where state = 'RUNNING' and closed_on is null;
create index case_clock_open on case_clock (case_id, kind) where closed_on is null;
