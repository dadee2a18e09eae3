package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores cancellation tasks. */
@Repository
public class CancellationTasks {

    private final JdbcClient jdbc;

    CancellationTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long officerId, LocalDate startedOn, String note) {
        return jdbc.sql("insert into cancellation_task (officer_id, started_on, note) values (?, ?, ?) returning id")
                .params(officerId, startedOn, note).query(Long.class).single();
    }

    public Optional<CancellationTask> find(long id) {
        return jdbc.sql("select * from cancellation_task where id = ?").param(id).query(CancellationTask.class)
                .optional();
    }

    public List<CancellationTask> ofOfficer(long officerId) {
        return jdbc.sql("select * from cancellation_task where officer_id = ? order by started_on, id")
                .param(officerId).query(CancellationTask.class).list();
    }

    public void save(long id, int version, LocalDate reportedOn, LocalDate completedOn) {
        int n = jdbc.sql("""
                update cancellation_task set reported_on = ?, completed_on = ?, version = version + 1
                where id = ? and version = ?
                """).params(reportedOn, completedOn, id, version).update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("cancellation_task " + id);
        }
    }
}
