-- Electronic seals of the issuing units (GB/T 38540), kept by the security administrator. Each row is a version:
-- a new key or a new image makes a new row and retires the current one, which stays to explain earlier documents.
create table document_seal (
    id              bigserial    primary key,
    unit_id         bigint       not null,
    version         int          not null,
    seal_name       varchar(200) not null,
    -- X.509 certificate (DER) of the SM2 key, SM3 of its public key, and the PKCS#8 private key as PEM encrypted with
    -- SM4-GCM under the key of zhifa.crypto.sm4-key (GB/T 39786-2021 机密性)
    certificate     bytea,
    key_id          char(64),
    private_key     text,
    key_origin      varchar(20),
    -- the seal image (PNG) and its SM3
    image           bytea,
    image_sm3       char(64),
    -- the electronic seal (SESeal DER), made when both a key and an image are present
    eseal           bytea,
    created_by      bigint,
    created_by_name varchar(100),
    created_at      timestamptz  not null,
    retired_at      timestamptz,
    constraint document_seal_version_uq unique (unit_id, version),
    constraint document_seal_version_ck check (version >= 1),
    constraint document_seal_content_ck check (certificate is not null or image is not null),
    constraint document_seal_key_ck check ((certificate is null) = (private_key is null)
        and (certificate is null) = (key_id is null) and (certificate is null) = (key_origin is null)),
    constraint document_seal_origin_ck check (key_origin in ('GENERATED', 'IMPORTED')),
    constraint document_seal_eseal_ck check (eseal is null or (certificate is not null and image is not null))
);
-- One current version per unit.
create unique index document_seal_current_uq on document_seal (unit_id) where retired_at is null;

-- A version never changes; the only update is retiring it once.
create function document_seal_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.retired_at is null and new.retired_at is not null
            and (new.id, new.unit_id, new.version, new.seal_name, new.certificate, new.key_id, new.private_key,
                 new.key_origin, new.image, new.image_sm3, new.eseal, new.created_by, new.created_by_name,
                 new.created_at)
                is not distinct from
                (old.id, old.unit_id, old.version, old.seal_name, old.certificate, old.key_id, old.private_key,
                 old.key_origin, old.image, old.image_sm3, old.eseal, old.created_by, old.created_by_name,
                 old.created_at) then
        return new;
    end if;
    raise exception '电子印章的版本不得修改或删除（更换密钥或图像须新建版本）';
end;
$$;
create trigger document_seal_no_change before update or delete on document_seal
    for each row execute function document_seal_immutable();
