package org.zhifa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zhifa.database.ZhifaDatabaseProperties;

/** Says, once started, where the data is and how to log in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ZhifaDatabaseProperties database;
    private final Environment environment;

    StartupReport(ZhifaDatabaseProperties database, Environment environment) {
        this.database = database;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String where = database.embedded()
                ? "内嵌 PostgreSQL，数据目录 " + database.dataDir().resolve("pg").toAbsolutePath().normalize()
                : "外部 PostgreSQL " + database.url();
        boolean demo = environment.getProperty("zhifa.demo-data", Boolean.class, false);
        log.info("""

                ==================================================================
                  zhifa 已就绪：http://localhost:{}/
                  数据：{}
                  登录：{}
                  API 文档：http://localhost:{}/swagger-ui.html
                ==================================================================""",
                port, where,
                demo ? "演示账户 admin / secadmin / auditor / officer1 / head1 …，密码 Zhifa@2025（仅供演示）"
                        : "首次启动时打印的 sysadmin 一次性密码",
                port);
    }
}
