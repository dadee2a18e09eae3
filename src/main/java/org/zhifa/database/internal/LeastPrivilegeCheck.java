package org.zhifa.database.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * After the migrations, checks with the application's own connection that its role could not switch the append-only
 * triggers off: no superuser, no owner (nor member of an owner) of the schema's tables, no replication or RLS bypass.
 * A warning, or a refusal to start when {@code zhifa.db.require-least-privilege} is true (the prod profile).
 */
class LeastPrivilegeCheck implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LeastPrivilegeCheck.class);

    private final DataSource application;
    private final boolean required;

    LeastPrivilegeCheck(DataSource application, boolean required) {
        this.application = application;
        this.required = required;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        List<String> excess = excessPrivileges(application);
        if (excess.isEmpty()) {
            return;
        }
        String message = "应用的数据库账户权限过大（" + String.join("、", excess) + "），可以关闭审计与证据的只增不改触发器";
        if (required) {
            throw new DatabaseRoleTooPowerfulException(message);
        }
        log.warn("{}。请按 docs/database-roles.md 分设迁移账户与应用账户", message);
    }

    /** What the connection's role may do beyond reading and writing rows; empty when nothing. */
    static List<String> excessPrivileges(DataSource dataSource) throws SQLException {
        List<String> excess = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("""
                        select current_user, r.rolsuper, r.rolreplication, r.rolbypassrls, r.rolcreaterole,
                               exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                       where n.nspname = current_schema() and c.relkind in ('r', 'p')
                                         and pg_has_role(current_user, c.relowner, 'MEMBER')) as owns_tables
                        from pg_roles r where r.rolname = current_user""")) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2)) {
                excess.add(role + " 是超级用户");
            }
            if (rs.getBoolean(3)) {
                excess.add(role + " 有复制权限");
            }
            if (rs.getBoolean(4)) {
                excess.add(role + " 可绕过行级安全");
            }
            if (rs.getBoolean(5)) {
                excess.add(role + " 可创建角色");
            }
            if (rs.getBoolean(6)) {
                excess.add(role + " 是数据表的所有者");
            }
        }
        return excess;
    }
}
