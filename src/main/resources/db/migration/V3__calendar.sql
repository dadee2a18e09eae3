-- calendar: the official working-day calendar (legal-rules §1).
-- Only exceptions are stored; ordinary weekdays and weekends are derived from the day of the week.

create table calendar_year (
    year           integer      primary key check (year between 2000 and 2100),
    source         varchar(200) not null,
    loaded_by      varchar(50)  not null,
    loaded_at      timestamptz  not null default now(),
    replace_reason varchar(500),
    version        integer      not null default 0
);

create table calendar_day (
    day        date        primary key,
    year       integer     not null references calendar_year (year),
    kind       varchar(20) not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY', 'LOCAL_HOLIDAY')),
    name       varchar(50) not null,
    created_by varchar(50) not null,
    created_at timestamptz not null default now(),
    -- a day belongs to the schedule of its own year
    constraint calendar_day_in_year check (extract(year from day) = year),
    -- 调休上班 only ever turns a weekend day into a working day
    constraint calendar_day_adjusted_is_weekend check (kind <> 'ADJUSTED_WORKDAY' or extract(isodow from day) in (6, 7))
);
create index calendar_day_year on calendar_day (year, day);
