package org.zhifa.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Look-ups of users for other modules (officer links, assignment of reviewers and heads). */
@Service
public class UserDirectory {

    private final UserAccounts accounts;
    private final OrgUnits units;
    private final JdbcClient jdbc;

    UserDirectory(UserAccounts accounts, OrgUnits units, JdbcClient jdbc) {
        this.accounts = accounts;
        this.units = units;
        this.jdbc = jdbc;
    }

    public Optional<UserView> find(long id) {
        return accounts.findById(id).map(this::view);
    }

    public Optional<UserView> findByUsername(String username) {
        return accounts.findByUsername(username).map(this::view);
    }

    /** Enabled users of the given units holding the role. */
    public List<UserView> withRole(Role role, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                where r.role = :role and u.unit_id in (:units) and u.enabled order by u.id""")
                .param("role", role.name()).param("units", unitIds).query(Long.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    UserView view(UserAccount a) {
        return new UserView(a.id(), a.username(), a.displayName(), a.unitId(),
                units.find(a.unitId()).map(OrgUnitView::name).orElse(""), accounts.roles(a.id()), a.enabled());
    }

    Map<Long, Set<Role>> roles(List<Long> ids) {
        return accounts.roles(ids);
    }
}
