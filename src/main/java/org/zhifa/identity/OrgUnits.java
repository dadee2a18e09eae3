package org.zhifa.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhifa.common.NotFoundException;

/** The unit tree. Small and read on every scoped query, so it is held in memory and reloaded on change. */
@Service
public class OrgUnits {

    private final JdbcClient jdbc;
    private final AtomicReference<Map<Long, OrgUnitView>> cache = new AtomicReference<>();

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrgUnitView> all() {
        return units().values().stream().sorted(Comparator.comparing(OrgUnitView::id)).toList();
    }

    public Optional<OrgUnitView> find(long id) {
        return Optional.ofNullable(units().get(id));
    }

    public OrgUnitView require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("单位不存在：" + id));
    }

    public Optional<OrgUnitView> findByName(String name) {
        return units().values().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The unit and every unit below it. */
    public List<OrgUnitView> descendantsAndSelf(long id) {
        Map<Long, OrgUnitView> map = units();
        List<OrgUnitView> result = new ArrayList<>();
        OrgUnitView root = map.get(id);
        if (root == null) {
            return result;
        }
        List<OrgUnitView> frontier = new ArrayList<>(List.of(root));
        while (!frontier.isEmpty()) {
            OrgUnitView u = frontier.remove(frontier.size() - 1);
            result.add(u);
            map.values().stream().filter(c -> Long.valueOf(u.id()).equals(c.parentId())).forEach(frontier::add);
        }
        result.sort(Comparator.comparing(OrgUnitView::id));
        return result;
    }

    /** Units in tree order with their depth, for indented lists and selects. */
    public List<Map.Entry<OrgUnitView, Integer>> tree() {
        Map<Long, OrgUnitView> map = units();
        List<Map.Entry<OrgUnitView, Integer>> out = new ArrayList<>();
        map.values().stream().filter(u -> u.parentId() == null).sorted(Comparator.comparing(OrgUnitView::id))
                .forEach(r -> walk(r, 0, map, out));
        return out;
    }

    private void walk(OrgUnitView unit, int depth, Map<Long, OrgUnitView> map, List<Map.Entry<OrgUnitView, Integer>> out) {
        out.add(Map.entry(unit, depth));
        map.values().stream().filter(c -> Long.valueOf(unit.id()).equals(c.parentId()))
                .sorted(Comparator.comparing(OrgUnitView::id)).forEach(c -> walk(c, depth + 1, map, out));
    }

    /** Forget the cached tree after a change. */
    public void reload() {
        cache.set(null);
    }

    private Map<Long, OrgUnitView> units() {
        Map<Long, OrgUnitView> map = cache.get();
        if (map == null) {
            map = jdbc.sql("""
                    select id, parent_id, code, name, short_name, kind, prefecture_level, active,
                           address, postal_code, contact_person, contact_phone
                    from org_unit
                    """)
                    .query((rs, n) -> new OrgUnitView(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                            rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                            OrgUnitKind.valueOf(rs.getString("kind")), rs.getBoolean("prefecture_level"),
                            rs.getBoolean("active"), new OrgUnitContact(rs.getString("address"),
                                    rs.getString("postal_code"), rs.getString("contact_person"),
                                    rs.getString("contact_phone"))))
                    .list().stream().collect(Collectors.toUnmodifiableMap(OrgUnitView::id, Function.identity()));
            cache.set(map);
        }
        return map;
    }
}
