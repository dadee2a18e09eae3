-- Flyway callback, run after every migrate as the migration role (the schema's owner), idempotent.
-- The application's role (session setting zhifa.app_role, set by MigrationRole) may read and write the rows of
-- every table and use every sequence, and nothing else: it owns nothing, so it can neither disable a trigger nor
-- alter a table (docs/database-roles.md). Without the setting (Flyway run by hand or by a test) nothing is granted.
-- Default privileges give it the same on tables that later migrations, or the migration role's functions
-- (monthly partitions), create.
do $$
declare
    app    text := coalesce(current_setting('zhifa.app_role', true), '');
    schema text := current_schema();
begin
    if app = '' or app = current_user then
        return; -- one role does both (not recommended): it owns everything already
    end if;
    execute format('grant usage on schema %I to %I', schema, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema, app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', schema, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   schema, app);
    execute format('alter default privileges in schema %I grant usage, select, update on sequences to %I',
                   schema, app);
    -- the one function that creates tables on the application's behalf (V71)
    if to_regprocedure('nonsite_ensure_month_partition(text, date)') is not null then
        execute format('grant execute on function nonsite_ensure_month_partition(text, date) to %I', app);
    end if;
    -- the migration history is the migration role's alone
    if to_regclass(format('%I.flyway_schema_history', schema)) is not null then
        execute format('revoke all on %I.flyway_schema_history from %I', schema, app);
    end if;
end
$$;
