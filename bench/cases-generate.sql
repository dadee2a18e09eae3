-- Generates synthetic penalty cases for the cases benchmark directly in the database of a running zhifa
-- (bench/cases-bench.sh replaces :n by the number of cases and runs it with bench/SqlRun.java over JDBC). Rows are
-- marked: party names start with 基准当事人 and source_note = 'BENCH'. Units 11–71 (demo brigades), 40 % in 德令哈 (11); states spread over the
-- whole procedure; dates over 2024-01-01 … today; two officers per case (the unit's first two officers, in 11 the
-- demo users officer1 and officer2).
begin;
create temporary table bench_unit_officers on commit drop as
select u.unit_id,
       (array_agg(o.id order by o.user_id nulls last, o.id))[1] as o1,
       (array_agg(o.user_id order by o.user_id nulls last, o.id))[1] as u1,
       (array_agg(o.name order by o.user_id nulls last, o.id))[1] as n1,
       (array_agg(o.id order by o.user_id nulls last, o.id))[2] as o2,
       (array_agg(o.user_id order by o.user_id nulls last, o.id))[2] as u2,
       (array_agg(o.name order by o.user_id nulls last, o.id))[2] as n2
from (values (11), (21), (31), (41), (51), (61), (71)) u(unit_id)
join officer o on o.unit_id = u.unit_id and o.kind = 'OFFICER' and o.status = 'ACTIVE'
group by u.unit_id;

create temporary table bench_states (k int, state text) on commit drop;
insert into bench_states values (0, 'REGISTERED'), (1, 'FILING_APPROVAL'), (2, 'INVESTIGATION'), (3, 'INVESTIGATION'),
  (4, 'INVESTIGATION_CONCLUDED'), (5, 'CASE_REVIEW'), (6, 'LEGAL_REVIEW'), (7, 'NOTICE'), (8, 'STATEMENT'),
  (9, 'DECISION'), (10, 'SERVICE'), (11, 'EXECUTION'), (12, 'EXECUTION'), (13, 'CLOSED'), (14, 'ARCHIVED'),
  (15, 'ARCHIVED'), (16, 'ARCHIVED');

insert into penalty_case (unit_id, procedure, procedure_version, category, state, case_number, source, source_note, act_date, act_place, facts,
    discovered_on, party_kind, party_name, party_id_masked, plate_number, violation_codes, violations, officer_names,
    officer_ids,
    registered_on, filed_on, time_limit_due, decided_on, outcome, decision_amount_fen, closed_on, next_due_on,
    last_step_on, created_by)
select g.unit_id, 'ORDINARY', '2021-07-15/2', 'HIGHWAY_ADMINISTRATION', s.state,
       case when s.k > 1 then '基准' || g.unit_id || '立〔' || extract(year from g.reg)::int || '〕' || g.i || '号' end,
       'INSPECTION', 'BENCH', g.reg - (g.i % 5), 'G315线 K' || (g.i % 900) || '+' || (g.i % 1000),
       '基准测试数据', g.reg - (g.i % 5), 'CITIZEN', '基准当事人' || g.i, '632890********' || lpad((g.i % 10000)::text, 4, '0'),
       '青H' || lpad((g.i % 100000)::text, 5, '0'), array[g.code],
       jsonb_build_array(jsonb_build_object('code', g.code, 'name', case g.code when 'GLF-77-1' then '在公路上堆放物品'
           else '车辆装载物遗洒' end, 'matterCode', 'M-LZ-01', 'penaltyBasis', null)),
       uo.n1 || '、' || uo.n2, array[uo.o1, uo.o2], g.reg,
       case when s.k > 1 then g.reg end, case when s.k > 1 then g.reg + 90 end,
       case when s.k > 9 then g.reg + 30 end, case when s.k > 9 then 'PENALTY' end,
       case when s.k > 9 then 100000 + (g.i % 20) * 10000 end, case when s.k > 12 then g.reg + 45 end,
       case when s.k < 13 then g.reg + case when s.k < 2 then 7 else 90 end end,
       g.reg, 1
from (select i, case when i % 5 < 2 then 11 else 21 + 10 * (i % 6) end as unit_id,
             least(date '2024-01-01' + (i % 1060), current_date) as reg,
             case when i % 3 = 0 then 'GLAQ-69' else 'GLF-77-1' end as code
      from generate_series(1, :n) i) g
join bench_states s on s.k = g.i % 17
join bench_unit_officers uo on uo.unit_id = g.unit_id;

insert into case_officer (case_id, officer_id, user_id, name, auxiliary, certificate_number, recused, position)
select c.id, uo.o1, uo.u1, uo.n1, false, null, false, 0
from penalty_case c join bench_unit_officers uo on uo.unit_id = c.unit_id
where c.source_note = 'BENCH' and not exists (select 1 from case_officer x where x.case_id = c.id)
union all
select c.id, uo.o2, uo.u2, uo.n2, false, null, false, 1
from penalty_case c join bench_unit_officers uo on uo.unit_id = c.unit_id
where c.source_note = 'BENCH' and not exists (select 1 from case_officer x where x.case_id = c.id);
commit;
select count(*) as bench_cases from penalty_case where source_note = 'BENCH';
