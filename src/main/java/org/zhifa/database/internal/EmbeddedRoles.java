package org.zhifa.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's roles, put in place at every start by the superuser (idempotent): {@value #MIGRATION} owns
 * the schema and everything in it and is used only by Flyway; {@value #APPLICATION} is what the application connects
 * as — no superuser, no owner, so it can neither switch a trigger off nor set {@code session_replication_role}. Its
 * table privileges are granted by the migration role (db/migration/afterMigrate.sql). A cluster created by an older
 * version (everything owned by the superuser) is brought to the same state here.
 */
public final class EmbeddedRoles {

    public static final String SUPERUSER = "postgres";
    public static final String MIGRATION = "zhifa_owner";
    public static final String APPLICATION = "zhifa_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRoles.class);

    /** Objects of the schema not yet owned by the migration role (extension members excepted). */
    private static final String TRANSFER_OWNERSHIP = """
            do $$
            declare
                r record;
                moved integer := 0;
            begin
                for r in
                    select c.oid, c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                      and c.relowner <> 'zhifa_owner'::regrole
                      -- extension members stay; sequences of a serial or identity column follow their table
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid
                                      and (d.deptype = 'e' or (c.relkind = 'S' and d.deptype in ('a', 'i'))))
                loop
                    execute format('alter %s %I owner to zhifa_owner',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                       when 'f' then 'foreign table' when 'S' then 'sequence' else 'table' end,
                        r.relname);
                    moved := moved + 1;
                end loop;
                for r in
                    select p.oid::regprocedure as signature, p.prokind from pg_proc p
                    join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and p.proowner <> 'zhifa_owner'::regrole
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %s owner to zhifa_owner',
                        case r.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
                        r.signature);
                    moved := moved + 1;
                end loop;
                for r in
                    select t.oid::regtype as name, t.typtype from pg_type t join pg_namespace n on n.oid = t.typnamespace
                    where n.nspname = 'public' and t.typowner <> 'zhifa_owner'::regrole
                      and (t.typtype in ('e', 'd', 'r')
                           or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %s owner to zhifa_owner',
                        case r.typtype when 'd' then 'domain' else 'type' end, r.name);
                    moved := moved + 1;
                end loop;
                if moved > 0 then
                    raise notice 'zhifa: % objects now owned by zhifa_owner', moved;
                end if;
                perform set_config('zhifa.moved_objects', moved::text, false);
            end
            $$
            """;

    private EmbeddedRoles() {
    }

    /** Creates or corrects both roles, sets their passwords and gives the schema to the migration role. */
    public static void ensure(DataSource superuser, EmbeddedPasswords passwords) throws SQLException {
        try (Connection con = superuser.getConnection(); Statement st = con.createStatement()) {
            st.execute("set log_statement = 'none'"); // the passwords below stay out of any server log
            st.execute("""
                    do $$
                    begin
                        if not exists (select 1 from pg_roles where rolname = 'zhifa_owner') then
                            create role zhifa_owner;
                        end if;
                        if not exists (select 1 from pg_roles where rolname = 'zhifa_app') then
                            create role zhifa_app;
                        end if;
                    end
                    $$""");
            String limits = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit";
            st.execute("alter role " + MIGRATION + " with" + limits + " password '" + passwords.migration() + "'");
            st.execute("alter role " + APPLICATION + " with" + limits + " password '" + passwords.application() + "'");
            // neither role may act as the other (a member could SET ROLE to the owner and disable triggers)
            st.execute("revoke zhifa_owner from zhifa_app");
            st.execute("revoke zhifa_app from zhifa_owner");
            st.execute("alter schema public owner to " + MIGRATION);
            st.execute("revoke create on schema public from public");
            st.execute(TRANSFER_OWNERSHIP);
            try (var rs = st.executeQuery("select current_setting('zhifa.moved_objects')")) {
                rs.next();
                int moved = rs.getInt(1);
                if (moved > 0) {
                    log.info("已将旧版本以超级用户创建的 {} 个数据库对象的所有者改为迁移账户 {}", moved, MIGRATION);
                }
            }
        }
    }
}
