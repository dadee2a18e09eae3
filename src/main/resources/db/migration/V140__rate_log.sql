-- common: request limits as a sliding log. One row per limited thing and client holds the times of its uses within
-- the last window (at most the limit), taken with one atomic "insert ... on conflict do update ... where ...
-- returning": any window of that length holds at most the limit, unlike the fixed windows of rate_window, which let
-- a client spend the limit at the end of one window and again at the start of the next.

create table rate_log (
    bucket      varchar(40)   not null,
    client_hash char(64)      not null,
    uses        timestamptz[] not null,
    last_use    timestamptz   not null,
    primary key (bucket, client_hash)
);
create index rate_log_last_use on rate_log (last_use);

drop table rate_window;
