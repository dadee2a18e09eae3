-- Per officer, year and category: the sum of training_attendance, kept in step by the training module whenever
-- attendance changes. The ledger aggregates these (at most four rows per officer) instead of every attendance row,
-- so that a prefecture-wide ledger stays fast with hundreds of thousands of attendance records.
create table training_hours_total (
    year       smallint      not null,
    officer_id bigint        not null,
    category   varchar(12)   not null,
    hours      numeric(7, 1) not null,
    primary key (year, officer_id, category)
);

insert into training_hours_total (year, officer_id, category, hours)
select year, officer_id, category, sum(hours) from training_attendance group by year, officer_id, category;
