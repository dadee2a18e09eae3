-- The State Council holiday schedules for 2024–2026 exactly as in legal-rules §1.
-- Each range is one "放假" line of the notice; each adjusted day one "上班" day.

insert into calendar_year (year, source, loaded_by) values
  (2024, '国办发明电〔2023〕7号《国务院办公厅关于2024年部分节假日安排的通知》', 'system'),
  (2025, '国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》', 'system'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', 'system');

insert into calendar_day (day, year, kind, name, created_by)
select d::date, extract(year from d)::integer, 'HOLIDAY', h.name, 'system'
from (values
  -- 2024
  (date '2024-01-01', date '2024-01-01', '元旦'),
  (date '2024-02-10', date '2024-02-17', '春节'),
  (date '2024-04-04', date '2024-04-06', '清明节'),
  (date '2024-05-01', date '2024-05-05', '劳动节'),
  (date '2024-06-10', date '2024-06-10', '端午节'),
  (date '2024-09-15', date '2024-09-17', '中秋节'),
  (date '2024-10-01', date '2024-10-07', '国庆节'),
  -- 2025
  (date '2025-01-01', date '2025-01-01', '元旦'),
  (date '2025-01-28', date '2025-02-04', '春节'),
  (date '2025-04-04', date '2025-04-06', '清明节'),
  (date '2025-05-01', date '2025-05-05', '劳动节'),
  (date '2025-05-31', date '2025-06-02', '端午节'),
  (date '2025-10-01', date '2025-10-08', '国庆节、中秋节'),
  -- 2026
  (date '2026-01-01', date '2026-01-03', '元旦'),
  (date '2026-02-15', date '2026-02-23', '春节'),
  (date '2026-04-04', date '2026-04-06', '清明节'),
  (date '2026-05-01', date '2026-05-05', '劳动节'),
  (date '2026-06-19', date '2026-06-21', '端午节'),
  (date '2026-09-25', date '2026-09-27', '中秋节'),
  (date '2026-10-01', date '2026-10-07', '国庆节')
) as h(first_day, last_day, name),
generate_series(h.first_day, h.last_day, interval '1 day') as d;

insert into calendar_day (day, year, kind, name, created_by) values
  -- 2024
  (date '2024-02-04', 2024, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2024-02-18', 2024, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2024-04-07', 2024, 'ADJUSTED_WORKDAY', '清明节调休', 'system'),
  (date '2024-04-28', 2024, 'ADJUSTED_WORKDAY', '劳动节调休', 'system'),
  (date '2024-05-11', 2024, 'ADJUSTED_WORKDAY', '劳动节调休', 'system'),
  (date '2024-09-14', 2024, 'ADJUSTED_WORKDAY', '中秋节调休', 'system'),
  (date '2024-09-29', 2024, 'ADJUSTED_WORKDAY', '国庆节调休', 'system'),
  (date '2024-10-12', 2024, 'ADJUSTED_WORKDAY', '国庆节调休', 'system'),
  -- 2025
  (date '2025-01-26', 2025, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2025-02-08', 2025, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2025-04-27', 2025, 'ADJUSTED_WORKDAY', '劳动节调休', 'system'),
  (date '2025-09-28', 2025, 'ADJUSTED_WORKDAY', '国庆节、中秋节调休', 'system'),
  (date '2025-10-11', 2025, 'ADJUSTED_WORKDAY', '国庆节、中秋节调休', 'system'),
  -- 2026
  (date '2026-01-04', 2026, 'ADJUSTED_WORKDAY', '元旦调休', 'system'),
  (date '2026-02-14', 2026, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2026-02-28', 2026, 'ADJUSTED_WORKDAY', '春节调休', 'system'),
  (date '2026-05-09', 2026, 'ADJUSTED_WORKDAY', '劳动节调休', 'system'),
  (date '2026-09-20', 2026, 'ADJUSTED_WORKDAY', '国庆节调休', 'system'),
  (date '2026-10-10', 2026, 'ADJUSTED_WORKDAY', '国庆节调休', 'system');
