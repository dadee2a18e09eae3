-- Field capture on a phone (issue 14): the watermarked copy of a photo whose original bytes are the evidence item,
-- and the idempotency keys of field forms sent again after the network came back.
create table case_field_photo (
    evidence_id  bigint primary key,
    case_id      bigint not null references penalty_case (id),
    derived_jpeg bytea  not null,
    created_at   timestamptz not null default now()
);
create index case_field_photo_case on case_field_photo (case_id);

create table case_field_submission (
    idempotency_key uuid primary key,
    user_id         bigint not null,
    case_id         bigint,
    created_at      timestamptz not null default now()
);
