-- 送达地址确认书 signed by the party (《行政处罚法》第六十一条第二款), as entered; electronic service relies on them
alter table penalty_case add column address_confirmations jsonb not null default '[]';
