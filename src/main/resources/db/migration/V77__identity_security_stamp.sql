-- identity: a security stamp per account, raised by every change that must end the holder's web sessions (password
-- set or reset, account disabled or enabled, role granted or revoked, unit changed). A session keeps the stamp it
-- was logged in with; a request whose session stamp differs from the account's ends that session. The reason of the
-- latest raise goes into the audit record of the forced logout.
alter table user_account
    add column security_stamp        bigint       not null default 0,
    add column security_stamp_reason varchar(100);
