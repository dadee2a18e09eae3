-- Penalty cases (行政处罚案件). The aggregate's searchable facts are columns (indexed for the case list); the
-- stage records (proposal, notice, review, decision, execution) are jsonb documents owned by the aggregate.
create table penalty_case (
    id                  bigserial primary key,
    version             integer not null default 0,
    unit_id             bigint not null,
    procedure           text not null check (procedure in ('SIMPLIFIED', 'ORDINARY')),
    state               text not null,
    case_number         text,
    notice_number       text unique,
    source              text not null,
    source_note         text,
    act_date            date not null,
    act_end_date        date,
    act_place           text not null,
    longitude           numeric(10, 6),
    latitude            numeric(10, 6),
    discovered_on       date,
    facts               text,
    serious_harm        boolean not null default false,
    party_kind          text not null check (party_kind in ('CITIZEN', 'ORGANISATION')),
    party_name          text not null,
    party_id_cipher     text,
    party_id_index      text,
    party_id_masked     text,
    party_address       text,
    party_phone_cipher  text,
    plate_number        text,
    violation_codes     text[] not null default '{}',
    violations          jsonb not null default '[]',
    officer_names       text,
    officer_ids         bigint[] not null default '{}',
    registered_on       date not null,
    filed_on            date,
    time_limit_due      date,
    decided_on          date,
    outcome             text,
    decision_amount_fen bigint,
    closed_on           date,
    archived_at         timestamptz,
    next_due_on         date,
    criminal_suspected  boolean not null default false,
    last_step_on        date not null,
    proposal            jsonb,
    notice              jsonb not null default '{}',
    review              jsonb not null default '{}',
    decision            jsonb not null default '{}',
    execution           jsonb not null default '{}',
    extensions          jsonb not null default '[]',
    discretion_facts    jsonb not null default '{}',
    created_by          bigint not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

-- Case list: newest first within the visible units, optionally by state; keyset-friendly (registered_on, id).
-- The covering columns let the capped count of a filtered list run as an index-only scan.
create index penalty_case_unit_registered on penalty_case (unit_id, registered_on desc, id desc)
    include (state, next_due_on, violation_codes, officer_ids);
create index penalty_case_unit_state_registered on penalty_case (unit_id, state, registered_on desc, id desc);
create index penalty_case_state_registered on penalty_case (state, registered_on desc, id desc);
create index penalty_case_registered on penalty_case (registered_on desc, id desc);
create index penalty_case_next_due on penalty_case (next_due_on) where next_due_on is not null;
create index penalty_case_violation_codes on penalty_case using gin (violation_codes);
create index penalty_case_number on penalty_case (case_number);
create index penalty_case_plate on penalty_case (plate_number);
create index penalty_case_party_name on penalty_case (party_name text_pattern_ops);
create index penalty_case_party_index on penalty_case (party_id_index);

create table case_officer (
    case_id            bigint not null references penalty_case (id),
    officer_id         bigint not null,
    user_id            bigint,
    name               text not null,
    auxiliary          boolean not null default false,
    certificate_number text,
    recused            boolean not null default false,
    position           integer not null default 0,
    primary key (case_id, officer_id)
);
create index case_officer_officer on case_officer (officer_id, case_id);
create index case_officer_user on case_officer (user_id, case_id);

-- Every step taken, including returns (退回): the history is never rewritten.
create table case_step (
    id            bigserial primary key,
    case_id       bigint not null references penalty_case (id),
    transition    text not null,
    label         text not null,
    from_state    text,
    to_state      text not null,
    acted_on      date not null,
    actor_user_id bigint,
    actor_name    text,
    reason        text,
    payload       jsonb not null default '{}',
    recorded_at   timestamptz not null default now()
);
create index case_step_case on case_step (case_id, id);

-- Legal clocks (legal-rules §1, §3): basis, start, due date and state. provisional: the due date falls in a year
-- whose holiday schedule is not loaded, so it was not moved for holidays and must be rechecked.
create table case_clock (
    id          bigserial primary key,
    case_id     bigint not null references penalty_case (id),
    kind        text not null,
    basis       text not null,
    started_on  date not null,
    due_on      date not null,
    state       text not null check (state in ('RUNNING', 'MET', 'OVERDUE', 'STOPPED')),
    closed_on   date,
    provisional boolean not null default false,
    note        text
);
create index case_clock_case on case_clock (case_id, id);
create index case_clock_running on case_clock (due_on) where state = 'RUNNING';

-- A party's online statements on non-site cases (处罚法 Art. 41, 45).
create table party_statement (
    id             bigserial primary key,
    case_id        bigint not null references penalty_case (id),
    receipt_number text not null unique,
    statement      text not null,
    phone_cipher   text,
    received_at    timestamptz not null default now()
);
