-- Benchmark data for bench/inspection-lists-bench.sh: 1,000,000 inspections and 1,000,000 patrol logs spread over the
-- seven brigades and the last two years, on the bench objects and by bench officers (run after
-- inspection-draw-data.sql). Rows are marked: inspections recorded_by_name = '压测', patrols summary starting 压测.
begin;
create temporary table bench_pairs on commit drop as
select unit_id, (array_agg(id order by id))[1] as o1, (array_agg(id order by id))[2] as o2
from officer where name like '压测检查员%' group by unit_id;
create temporary table bench_targets on commit drop as
select row_number() over (order by id) - 1 as k, id, unit_id, name from insp_target where name like '压测对象%';

insert into inspection (unit_id, target_unit_id, kind, target_id, target_name, target_kind, item_ids, inspected_on,
                        started_at, ended_at, place, officer_ids, officer_names, representative_name,
                        representative_role, signature, refusal_reason, outcome, publication_state, recorded_by,
                        recorded_by_name)
select t.unit_id, t.unit_id, case when n % 3 = 0 then 'RANDOM' else 'OTHER' end, t.id, t.name, 'FREIGHT_OPERATOR',
       array[(select id from insp_item where code = 'HX-JC-01')], current_date - (n % 730),
       (current_date - (n % 730)) + time '09:00', (current_date - (n % 730)) + time '09:40', '压测地点',
       array[p.o1, p.o2], '压测检查员甲、压测检查员乙', '压测负责人', '负责人', 'SIGNED', null,
       case when n % 5 = 0 then 'CORRECTION' when n % 50 = 1 then 'CASE_SOURCE' else 'NO_PROBLEM' end,
       case when n % 4 = 0 then 'PENDING' else 'PUBLISHED' end, 1, '压测'
from generate_series(1, 1000000) as n
join bench_targets t on t.k = n % 100000
join bench_pairs p on p.unit_id = t.unit_id;

insert into patrol_log (unit_id, road_code, from_m, to_m, patrol_date, started_at, ended_at, officer_ids,
                        officer_names, vehicle, summary, recorded_by, recorded_by_name)
select p.unit_id, (array['G315', 'G109', 'G215', 'G0612'])[1 + (n % 4)], 2300000, 2400000, current_date - (n % 730),
       (current_date - (n % 730)) + time '08:30', (current_date - (n % 730)) + time '11:30', array[p.o1, p.o2],
       '压测检查员甲、压测检查员乙', '青H·J' || lpad((n % 1000)::text, 4, '0'), '压测巡查 ' || n, 1, '压测'
from generate_series(1, 1000000) as n
join bench_pairs p on p.unit_id = (array[11, 21, 31, 41, 51, 61, 71])[1 + (n % 7)];
commit;
analyze inspection;
analyze patrol_log;
select (select count(*) from inspection) as inspections, (select count(*) from patrol_log) as patrols;
