-- Saved filters of list pages, per user (issue 14): the page's path and its query string under a name.
create table saved_filter (
    id         bigserial primary key,
    user_id    bigint       not null,
    path       varchar(200) not null,
    name       varchar(50)  not null,
    query      varchar(2000) not null,
    created_at timestamptz  not null default now(),
    unique (user_id, path, name)
);
