-- Benchmark data for bench/inspection-draw-bench.sh in the bench instance's own database: 100,000 objects of the demo
-- item's kind (道路货物运输经营者) in the seven brigades, stratified A 20 %, B 40 %, C 30 %, D 10 %, and 500 officers with
-- road-transport certificates in the inspector directory. Every bench row is marked: objects named 压测对象…, officers
-- named 压测检查员…, certificate numbers BENCH-I…. Credit codes are placeholders (BENCH…), not real codes.
begin;
insert into insp_target (unit_id, kind, name, credit_code, natural_person, credit_class)
select (array[11, 21, 31, 41, 51, 61, 71])[1 + (n % 7)], 'FREIGHT_OPERATOR', '压测对象' || lpad(n::text, 6, '0'),
       'BENCH' || lpad(n::text, 13, '0'), false,
       case when n % 10 < 2 then 'A' when n % 10 < 6 then 'B' when n % 10 < 9 then 'C' else 'D' end
from generate_series(1, 100000) as n;

insert into officer (kind, unit_id, name, gender, ethnicity, id_number_enc, id_number_index, id_number_masked,
                     education, post, employment_type, joined_on, status, legal_reviewer, legal_qualification)
select 'OFFICER', (array[11, 21, 31, 41, 51, 61, 71])[1 + (n % 7)], '压测检查员' || lpad(n::text, 4, '0'),
       'MALE', '汉族', (select id_number_enc from officer where name not like '压测%' order by id limit 1),
       encode(sha256(('zhifa-inspection-bench-' || n)::bytea), 'hex'), '632890********' || lpad(n::text, 4, '0'),
       'BACHELOR', '执法队员', 'REFERENCE_CIVIL_SERVANT', date '2015-01-01' + n, 'ACTIVE', false, false
from generate_series(1, 500) as n;

insert into enforcement_certificate (officer_id, number, issuing_authority, categories, issued_on, expires_on, state)
select o.id, 'BENCH-I' || o.id, '青海省人民政府（压测）', 'HIGHWAY_ADMINISTRATION,ROAD_TRANSPORT',
       current_date - 700, current_date + 1500, 'VALID'
from officer o where o.name like '压测检查员%';

insert into certificate_event (certificate_id, occurred_on, reason, from_state, to_state, expires_on, number, note,
                               recorded_by)
select c.id, c.issued_on, 'ISSUE', null, 'VALID', c.expires_on, c.number, '压测', 'bench'
from enforcement_certificate c where c.number like 'BENCH-I%';

insert into insp_inspector (officer_id, unit_id, name, auxiliary, categories, note, created_by)
select o.id, o.unit_id, o.name, false, 'ROAD_TRANSPORT,HIGHWAY_ADMINISTRATION', '压测', 'bench'
from officer o where o.name like '压测检查员%';
commit;
analyze insp_target;
select count(*) as bench_objects from insp_target where name like '压测对象%';
