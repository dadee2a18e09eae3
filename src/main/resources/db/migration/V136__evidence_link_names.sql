-- evidence: a link names its target as people know it (a case: its case number), and that name is part of the logged
-- link text from version 2 on, so that "this item belongs to case 德交执立〔2026〕18号" is provable offline
-- (docs/evidence-log.md §3). Links made before keep text version 1, which their log entries attest.
alter table evidence_link add column target_name varchar(200);
alter table evidence_link add column text_version smallint not null default 1 check (text_version in (1, 2));
