-- evidence: the head published each day for the public annual data, and the state of the push of witnessed heads to
-- an external endpoint (docs/evidence-log.md §10).
create table evidence_log_daily_head (
    day          date        primary key,
    head_id      bigint      not null references evidence_log_head (id),
    tree_size    bigint      not null,
    root_hash    bytea       not null,
    -- cosignatures of the configured witnesses when it was recorded (0 without witnesses)
    cosignatures integer     not null,
    recorded_at  timestamptz not null
);

create trigger evidence_log_daily_head_append_only before update or delete on evidence_log_daily_head
    for each row execute function evidence_append_only();
create trigger evidence_log_daily_head_no_truncate before truncate on evidence_log_daily_head
    for each statement execute function evidence_append_only();

-- Working state of the push to zhifa.evidence.publication.push-url (one row).
create table evidence_head_push (
    id             integer     primary key check (id = 1),
    pushed_head_id bigint,
    pushed_at      timestamptz,
    last_attempt_at timestamptz,
    last_error     varchar(2000)
);
