-- evidence: every log key ever used, version 2 tree heads that sign their key id, client-stated upload digests,
-- upload leases that a writer's owner can re-claim, and a supersession pointer bound to the superseding item
-- (docs/evidence-log.md §4, §7).

-- Every SM2 key that has signed tree heads, oldest first; the row with the highest seq is the active key. A retired
-- key's public key stays here forever so that every head it signed can still be verified; its private key is gone.
create table evidence_log_key (
    seq             bigint generated always as identity primary key,
    key_id          char(64)     not null unique,
    public_key_pem  text         not null,
    created_at      timestamptz  not null,
    previous_key_id char(64) references evidence_log_key (key_id),
    -- KeyTransition signed by the previous key; null for the first key and for a key that replaced a lost one
    endorsement     bytea,
    endorsed_at_ms  bigint,
    reason          varchar(300) not null,
    check ((endorsement is null) = (endorsed_at_ms is null))
);

create trigger evidence_log_key_append_only before update or delete on evidence_log_key
    for each row execute function evidence_append_only();
create trigger evidence_log_key_no_truncate before truncate on evidence_log_key
    for each statement execute function evidence_append_only();

-- Heads signed from now on are version 2 (the key id is part of the signed bytes); older rows are version 1.
alter table evidence_log_head add column version smallint not null default 1 check (version in (1, 2));
create index evidence_log_head_size_asc on evidence_log_head (tree_size, id);

-- Digests the client states for the whole file (checked when the upload completes); the lease a writer holds
-- while a chunk arrives; EXPIRED for abandoned uploads whose staging file was removed.
alter table evidence_upload add column expected_sm3 char(64);
alter table evidence_upload add column expected_sha256 char(64);
alter table evidence_upload add column lease uuid;
alter table evidence_upload add constraint evidence_upload_status
    check (status in ('OPEN', 'WRITING', 'COMPLETED', 'EXPIRED'));
create index evidence_upload_updated on evidence_upload (status, updated_at);

-- An item may only receive its superseded_by_id, once, and only naming an item that records it as the one it
-- supersedes (that item's supersedes_id is part of its logged metadata); every other column is fixed at creation.
create or replace function evidence_item_guard() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and old.superseded_by_id is null and new.superseded_by_id is not null
        and exists (select 1 from evidence_item s where s.id = new.superseded_by_id and s.supersedes_id = old.id)
        and (old.kind, old.title, old.description, old.collected_by_user_id, old.collected_by_name, old.collected_at,
             old.place, old.device, old.continuous_recording, old.unit_id, old.unit_name, old.content_sm3,
             old.content_sha256, old.content_size, old.media_type, old.file_name, old.supersedes_id,
             old.supersede_reason, old.created_at)
            is not distinct from
            (new.kind, new.title, new.description, new.collected_by_user_id, new.collected_by_name, new.collected_at,
             new.place, new.device, new.continuous_recording, new.unit_id, new.unit_name, new.content_sm3,
             new.content_sha256, new.content_size, new.media_type, new.file_name, new.supersedes_id,
             new.supersede_reason, new.created_at) then
        return new;
    end if;
    raise exception 'evidence_item: % refused (证据不得修改或删除，只能以新证据更正)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
