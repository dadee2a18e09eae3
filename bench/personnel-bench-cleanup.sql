-- Removes the rows personnel-bench.sql added (and nothing else).
begin;
delete from training_hours_total where officer_id in (select id from officer where name like '压测%');
delete from training_attendance where session_id in (select id from training_session where organizer = '压测');
delete from training_session where organizer = '压测';
delete from certificate_event where certificate_id in
    (select id from enforcement_certificate where number like 'BENCH-%');
delete from enforcement_certificate where number like 'BENCH-%';
delete from officer where name like '压测%';
commit;
