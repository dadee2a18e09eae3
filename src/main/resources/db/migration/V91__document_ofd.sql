-- Each issued document also as OFD (GB/T 33190) sealed with its unit's electronic seal, both fingerprinted with SM3,
-- and a random token naming its public verification page. Documents issued before have no OFD (null).
alter table enforcement_document
    add column ofd                bytea,
    add column sm3_ofd            char(64),
    add column verification_token varchar(64),
    add column seal_id            bigint references document_seal (id);
alter table enforcement_document add constraint enforcement_document_ofd_ck
    check ((ofd is null) = (sm3_ofd is null) and (ofd is null) = (verification_token is null));
create unique index enforcement_document_token_uq on enforcement_document (verification_token);
create index enforcement_document_sm3_pdf_idx on enforcement_document (sm3_pdf);
create index enforcement_document_sm3_ofd_idx on enforcement_document (sm3_ofd);
