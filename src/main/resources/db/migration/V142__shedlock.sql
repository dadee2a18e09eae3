-- One row per scheduled job (ShedLock 7, JdbcTemplateLockProvider with the database's clock): an instance runs a job
-- only after setting lock_until into the future on the job's row, so that of several instances behind a load
-- balancer exactly one runs each firing (common.cluster.SchedulerLockConfiguration). Columns as ShedLock documents
-- them for PostgreSQL (times in UTC, written and compared by the database itself).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
