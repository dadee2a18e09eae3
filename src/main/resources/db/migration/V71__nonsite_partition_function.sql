-- Monthly partitions of the detection tables, created for the application by the schema's owner.
-- Creating a partition needs ownership of the partitioned table, and the application's role owns nothing (so that
-- it cannot switch a trigger off, docs/database-roles.md). This function runs with its owner's rights and does only
-- this one thing: for one of the two tables and the first day of a month, create the partition if it is missing,
-- move the month's rows out of the default partition, and attach it. Returns the number of rows moved, or -1 when
-- the partition already existed.
create function nonsite_ensure_month_partition(p_table text, p_month date) returns integer
    language plpgsql security definer set search_path = public, pg_temp as
$$
declare
    partition text;
    from_at   timestamptz;
    to_at     timestamptz;
    moved     integer;
begin
    if p_table not in ('nonsite_detection', 'nonsite_passage_key') then
        raise exception 'no monthly partitions for table %', p_table using errcode = 'insufficient_privilege';
    end if;
    if p_month is null or p_month <> date_trunc('month', p_month)::date then
        raise exception 'month must be given as its first day: %', p_month using errcode = 'invalid_parameter_value';
    end if;
    partition := p_table || '_' || to_char(p_month, '"y"YYYY"m"MM');
    if to_regclass(partition) is not null then
        return -1;
    end if;
    -- months in Beijing time (legal-rules: dates are Asia/Shanghai)
    from_at := p_month::timestamp at time zone 'Asia/Shanghai';
    to_at := (p_month + interval '1 month')::timestamp at time zone 'Asia/Shanghai';
    execute format('create table %I (like %I including defaults including constraints)', partition, p_table);
    execute format('with m as (delete from %I where detected_at >= $1 and detected_at < $2 returning *) '
                   'insert into %I select * from m', p_table || '_default', partition) using from_at, to_at;
    get diagnostics moved = row_count;
    execute format('alter table %I attach partition %I for values from (%L) to (%L)', p_table, partition,
                   from_at, to_at);
    return moved;
end;
$$;

revoke all on function nonsite_ensure_month_partition(text, date) from public;
