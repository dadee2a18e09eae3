-- Overdue cases per unit (list filter "已超期", its capped count, the unit statistics' overdue count): the count
-- reads only the overdue entries of the visible units instead of walking the unit's whole list past the cases whose
-- next due date is still ahead (docs/performance.md, "Case lists under load").
create index if not exists penalty_case_unit_next_due on penalty_case (unit_id, next_due_on) where next_due_on is not null;
