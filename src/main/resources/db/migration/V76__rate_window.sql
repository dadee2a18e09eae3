-- common: request limits per key and fixed time window, one row each, counted with one atomic
-- "insert ... on conflict do update ... returning" so that simultaneous requests on several instances cannot
-- overshoot the limit. Replaces publicity's event-per-request table, which was counted without a lock.

create table rate_window (
    bucket       varchar(40) not null,
    client_hash  char(64)    not null,
    window_start timestamptz not null,
    used         integer     not null,
    primary key (bucket, client_hash, window_start)
);
create index rate_window_start on rate_window (window_start);

drop table public_rate_event;
