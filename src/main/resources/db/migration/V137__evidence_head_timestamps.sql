-- evidence: RFC 3161 timestamps of signed tree heads, from the configured time-stamping authority
-- (docs/evidence-log.md §9). Never changed.
create table evidence_log_timestamp (
    head_id        bigint      primary key references evidence_log_head (id),
    hash_algorithm varchar(10) not null check (hash_algorithm in ('SHA-256', 'SM3')),
    -- DER TimeStampToken (CMS SignedData) as the authority returned it
    token          bytea       not null,
    gen_time       timestamptz not null,
    received_at    timestamptz not null
);

create trigger evidence_log_timestamp_append_only before update or delete on evidence_log_timestamp
    for each row execute function evidence_append_only();
create trigger evidence_log_timestamp_no_truncate before truncate on evidence_log_timestamp
    for each statement execute function evidence_append_only();
