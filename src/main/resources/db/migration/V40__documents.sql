-- Enforcement documents (文书), legal-rules §10.

-- One gapless sequence per unit, document code and year: the row is incremented in the transaction that uses
-- the number, so a rollback returns it.
create table document_number_counter (
    unit_id bigint      not null,
    code    varchar(20) not null,
    year    int         not null,
    n       bigint      not null,
    primary key (unit_id, code, year)
);

-- Issued document versions. A row is never updated: a correction inserts a new version that supersedes it.
create table enforcement_document (
    id                bigserial    primary key,
    case_ref          varchar(100) not null,
    type              varchar(60)  not null,
    unit_id           bigint       not null,
    unit_name         varchar(100) not null,
    number            varchar(100),
    -- true when number is the document's own 文号 (unnumbered types may carry the case number instead)
    numbered          boolean      not null,
    version           int          not null default 1,
    supersedes_id     bigint       references enforcement_document (id),
    fields            jsonb        not null,
    pdf               bytea        not null,
    sm3_pdf           char(64)     not null,
    sm3_fields        char(64)     not null,
    issued_by         bigint,
    issued_by_name    varchar(100),
    issued_at         timestamptz  not null default now(),
    correction_reason varchar(1000),
    constraint enforcement_document_version_ck check (version >= 1),
    constraint enforcement_document_correction_ck check (
        (version = 1 and supersedes_id is null and correction_reason is null)
        or (version > 1 and supersedes_id is not null and correction_reason is not null))
);
-- A version is corrected at most once (two concurrent corrections: the second fails).
create unique index enforcement_document_supersedes_uq on enforcement_document (supersedes_id);
-- A document number is used once per unit (versions of one document share it).
create unique index enforcement_document_number_uq on enforcement_document (unit_id, number, version)
    where numbered;
create index enforcement_document_case_idx on enforcement_document (case_ref, id);

-- Issued text never changes (legal-rules §10; issue 5 "its text cannot change after it is issued").
create function enforcement_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception '已出具的执法文书不得修改或删除（更正须出具新版本）';
end;
$$;
create trigger enforcement_document_no_update before update or delete on enforcement_document
    for each row execute function enforcement_document_immutable();
