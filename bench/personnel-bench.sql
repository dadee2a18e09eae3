-- Benchmark data for bench/personnel-bench.sh: 5,000 officers with certificates and 200,000 training attendance
-- rows in the current year, spread over the brigades and bureaus. Every bench row is marked (names start with
-- 压测, certificate numbers with BENCH-, sessions organised by 压测) so that personnel-bench-cleanup.sql removes
-- exactly them. The ID number ciphertext is copied from an existing demo officer (the key is the instance's own);
-- blind indexes are unique SHA-256 digests, so look-ups by ID number never hit a bench row.
begin;
insert into officer (kind, unit_id, name, gender, ethnicity, id_number_enc, id_number_index, id_number_masked,
                     education, post, employment_type, joined_on, status, legal_reviewer, legal_qualification)
select 'OFFICER',
       (array[11, 21, 31, 41, 51, 61, 71, 10, 20, 30, 40, 50, 60, 70])[1 + (n % 14)],
       '压测' || lpad(n::text, 5, '0'),
       case when n % 3 = 0 then 'FEMALE' else 'MALE' end,
       '汉族',
       (select id_number_enc from officer where name not like '压测%' order by id limit 1),
       encode(sha256(('zhifa-bench-' || n)::bytea), 'hex'),
       '632890********' || lpad((n % 10000)::text, 4, '0'),
       'BACHELOR', '执法队员', 'REFERENCE_CIVIL_SERVANT', date '2015-01-01' + (n % 3000), 'ACTIVE',
       n % 40 = 0, n % 80 = 0
from generate_series(1, 5000) as n;

insert into enforcement_certificate (officer_id, number, issuing_authority, categories, issued_on, expires_on, state)
select o.id, 'BENCH-' || o.id, '青海省人民政府（压测）', 'HIGHWAY_ADMINISTRATION,ROAD_TRANSPORT',
       current_date - 700, current_date + (o.id % 900)::int - 100,
       case when o.id % 97 = 0 then 'SUSPENDED' else 'VALID' end
from officer o where o.name like '压测%';

insert into certificate_event (certificate_id, occurred_on, reason, from_state, to_state, expires_on, number, note,
                               recorded_by)
select c.id, c.issued_on, 'ISSUE', null, 'VALID', c.expires_on, c.number, '压测', 'bench'
from enforcement_certificate c where c.number like 'BENCH-%';

-- 2,000 sessions this year (dates up to today), then 40 attendances per officer = 200,000 rows.
insert into training_session (unit_id, title, held_on, hours, category, form, organizer, created_by)
select (array[11, 21, 31, 41, 51, 61, 71, 10, 20, 30, 40, 50, 60, 70])[1 + (n % 14)],
       '压测培训 ' || n,
       make_date(extract(year from current_date)::int, 1, 1)
           + (n % greatest(1, current_date - make_date(extract(year from current_date)::int, 1, 1)))::int,
       (1 + n % 4)::numeric(5, 1),
       (array['LEGAL', 'BUSINESS', 'SKILLS', 'POLITICAL'])[1 + (n % 4)],
       'ONLINE', '压测', 'bench'
from generate_series(1, 2000) as n;

insert into training_attendance (session_id, officer_id, year, category, hours)
select s.id, o.id, extract(year from s.held_on)::smallint, s.category, s.hours
from (select id, row_number() over (order by id) as rn from officer where name like '压测%') o
cross join generate_series(0, 39) as k
join lateral (select id, held_on, category, hours from training_session
              where organizer = '压测' order by id offset ((o.rn * 7 + k * 53) % 2000) limit 1) s on true
on conflict do nothing;

delete from training_hours_total where officer_id in (select id from officer where name like '压测%');
insert into training_hours_total (year, officer_id, category, hours)
select a.year, a.officer_id, a.category, sum(a.hours) from training_attendance a
where a.officer_id in (select id from officer where name like '压测%') group by a.year, a.officer_id, a.category;
commit;
analyze officer;
analyze enforcement_certificate;
analyze training_session;
analyze training_attendance;
analyze training_hours_total;
select (select count(*) from officer where name like '压测%') as bench_officers,
       (select count(*) from training_attendance a join training_session s on s.id = a.session_id
        where s.organizer = '压测') as bench_attendance;
