-- The case file as a legal record: each case records the version of the procedure definition it runs under and its
-- enforcement category (the certificate field officers must hold, 处罚法 Art. 42); the time of the act when known;
-- the stage records of filing, investigation, closure and transfer. Each step records the time of the act when the
-- record has one, the moment it was entered (from the application clock), whether it was entered late (补录) and why,
-- and the procedure version it was taken under.
alter table penalty_case add column procedure_version text;
update penalty_case set procedure_version = '2021-07-15/1';
alter table penalty_case alter column procedure_version set not null;
alter table penalty_case add column category text;
alter table penalty_case add column act_time time;
alter table penalty_case add column filing jsonb not null default '{}';
alter table penalty_case add column investigation jsonb not null default '{}';
alter table penalty_case add column closure jsonb not null default '{}';
alter table penalty_case add column transfer jsonb not null default '{}';

alter table case_step add column acted_at timestamptz;
alter table case_step add column entered_at timestamptz;
update case_step set entered_at = recorded_at;
alter table case_step alter column entered_at set not null;
alter table case_step add column late_entry boolean not null default false;
alter table case_step add column late_reason text;
alter table case_step add column procedure_version text;
-- the one-act-one-fine check compares the act: violation, day, place and vehicle (处罚法 Art. 29)
create index penalty_case_act on penalty_case (act_date, plate_number) where outcome = 'PENALTY';
