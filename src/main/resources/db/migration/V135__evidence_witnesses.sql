-- evidence: witnesses' cosignatures of signed tree heads (docs/evidence-log.md §8). A cosignature is a witness's
-- statement that the head is consistent with every head it cosigned before; like the log, it is never changed.

create table evidence_log_cosignature (
    id             bigint generated always as identity primary key,
    tree_size      bigint       not null,
    root_hash      bytea        not null,
    witness_key_id char(64)     not null,
    -- the name zhifa's settings give the witness (not signed)
    witness_name   varchar(100) not null,
    cosigned_at_ms bigint       not null,
    signature      bytea        not null,
    received_at    timestamptz  not null,
    unique (tree_size, root_hash, witness_key_id, cosigned_at_ms)
);
create index evidence_log_cosignature_size on evidence_log_cosignature (tree_size desc, witness_key_id);

create trigger evidence_log_cosignature_append_only before update or delete on evidence_log_cosignature
    for each row execute function evidence_append_only();
create trigger evidence_log_cosignature_no_truncate before truncate on evidence_log_cosignature
    for each statement execute function evidence_append_only();

-- What zhifa knows of each witness: the size it last cosigned (where the next consistency proof starts) and how the
-- last attempt went. Working state, not evidence: it may change.
create table evidence_witness_state (
    witness_key_id  char(64)     primary key,
    name            varchar(100) not null,
    cosigned_size   bigint,
    last_attempt_at timestamptz,
    last_success_at timestamptz,
    last_status     integer,
    last_error      varchar(2000)
);
