-- Documents are issued in two parts (docs/performance.md, "Case steps"). The issuing transaction fixes the content:
-- type, unit, number, version, fields, the verification token, the seal and the day of issue, and stores the SM3 of
-- its canonical serialisation (sm3_content). The PDF and the sealed OFD are rendered from that stored content after the
-- commit, by the render workers or on the first read, and written once into the same row with their SM3.
-- Rows issued before keep their files from the issuing transaction (sm3_content null).
alter table enforcement_document
    add column sm3_content char(64),
    add column rendered_at timestamptz,
    alter column pdf drop not null,
    alter column sm3_pdf drop not null;
alter table enforcement_document drop constraint enforcement_document_ofd_ck;
alter table enforcement_document add constraint enforcement_document_files_ck check (
    (pdf is null) = (sm3_pdf is null) and (ofd is null) = (sm3_ofd is null)
    and (ofd is null or verification_token is not null)
    and ((sm3_content is null and pdf is not null)
         or (sm3_content is not null and verification_token is not null and (pdf is null) = (ofd is null)
             and (pdf is null) = (rendered_at is null))));

-- The issued content never changes; the one update a row takes is writing its rendered files once.
create or replace function enforcement_document_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.pdf is null and old.ofd is null and new.pdf is not null and new.ofd is not null
            and old.sm3_content is not null
            and (new.id, new.case_ref, new.type, new.unit_id, new.unit_name, new.number, new.numbered, new.version,
                 new.supersedes_id, new.fields, new.sm3_fields, new.issued_by, new.issued_by_name, new.issued_at,
                 new.correction_reason, new.verification_token, new.seal_id, new.sm3_content)
                is not distinct from
                (old.id, old.case_ref, old.type, old.unit_id, old.unit_name, old.number, old.numbered, old.version,
                 old.supersedes_id, old.fields, old.sm3_fields, old.issued_by, old.issued_by_name, old.issued_at,
                 old.correction_reason, old.verification_token, old.seal_id, old.sm3_content) then
        return new;
    end if;
    raise exception '已出具的执法文书不得修改或删除（更正须出具新版本）';
end;
$$;

-- Documents whose files are not rendered yet. A worker takes a row with FOR UPDATE SKIP LOCKED and keeps it locked
-- while it renders, so two workers (in one or several instances) never render the same document; a reader that needs
-- the file waits for that lock. The row is deleted in the transaction that stores the files; a crash leaves it here.
create table document_render_queue (
    document_id bigint        primary key references enforcement_document (id),
    queued_at   timestamptz   not null,
    not_before  timestamptz   not null,
    attempts    int           not null default 0,
    last_error  varchar(1000)
);
create index document_render_queue_next_idx on document_render_queue (not_before, document_id);
