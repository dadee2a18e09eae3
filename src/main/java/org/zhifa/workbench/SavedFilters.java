package org.zhifa.workbench;

import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;

/** A user's saved filters of list pages: a name for a page's query string, offered above that page. */
@Service
class SavedFilters {

    /** One user keeps at most this many filters per page. */
    static final int MAX_PER_PAGE = 20;

    record Saved(long id, String name, String query) {
        String href(String path) {
            return path + "?" + query;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SavedFilters(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Saved> of(Actor actor, String path) {
        return jdbc.sql("select id, name, query from saved_filter where user_id = ? and path = ? order by name")
                .params(actor.userId(), path)
                .query((rs, i) -> new Saved(rs.getLong("id"), rs.getString("name"), rs.getString("query"))).list();
    }

    @Transactional
    void save(Actor actor, String path, String name, String query) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > 200) {
            throw new InvalidInputException("页面地址不正确", Map.of("path", "页面地址不正确"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw new InvalidInputException("请填写筛选名称（50 字以内）", Map.of("name", "请填写筛选名称（50 字以内）"));
        }
        String q = query == null ? "" : query.strip().replaceFirst("^\\?", "");
        if (q.isEmpty() || q.length() > 2000) {
            throw new InvalidInputException("当前页面没有筛选条件", Map.of("query", "当前页面没有筛选条件"));
        }
        long count = jdbc.sql("select count(*) from saved_filter where user_id = ? and path = ?")
                .params(actor.userId(), path).query(Long.class).single();
        if (count >= MAX_PER_PAGE) {
            throw new InvalidInputException("每个页面最多保存 " + MAX_PER_PAGE + " 个筛选", Map.of("name", "已达上限"));
        }
        try {
            jdbc.sql("insert into saved_filter (user_id, path, name, query) values (?, ?, ?, ?)")
                    .params(actor.userId(), path, name.strip(), q).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("已有同名筛选", Map.of("name", "已有同名筛选"));
        }
        audit.success("FILTER_SAVED", "SAVED_FILTER", path, "保存筛选“" + name.strip() + "”：" + path + "?" + q);
    }

    /** Deletes one of the actor's own filters; returns its page. */
    @Transactional
    String delete(Actor actor, long id) {
        String path = jdbc.sql("select path from saved_filter where id = ? and user_id = ?").params(id, actor.userId())
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("没有该筛选"));
        jdbc.sql("delete from saved_filter where id = ? and user_id = ?").params(id, actor.userId()).update();
        audit.success("FILTER_DELETED", "SAVED_FILTER", id, "删除已保存的筛选：" + path);
        return path;
    }
}
