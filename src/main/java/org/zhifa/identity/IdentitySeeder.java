package org.zhifa.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: with {@code zhifa.demo-data=true} (the default local run) the fictitious demo accounts; otherwise
 * (the prod profile) one system administrator with a random one-time password printed once. Runs before every
 * other module's seeder ({@code @Order(0)}); does nothing once any account exists.
 */
@Component
@Order(0)
class IdentitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);
    /** Demo only: documented in README, never used outside the demo profile. */
    static final String DEMO_PASSWORD = "Zhifa@2025";

    private record DemoUser(String username, String displayName, long unitId, Role role) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "系统管理员（演示）", 1, Role.SYSTEM_ADMIN),
            new DemoUser("secadmin", "安全管理员（演示）", 1, Role.SECURITY_ADMIN),
            new DemoUser("auditor", "审计管理员（演示）", 1, Role.AUDIT_ADMIN),
            new DemoUser("officer1", "李执法（演示）", 11, Role.OFFICER),
            new DemoUser("officer2", "王执法（演示）", 11, Role.OFFICER),
            new DemoUser("aux1", "赵协管（演示）", 11, Role.AUXILIARY),
            new DemoUser("reviewer1", "孙法制（演示）", 10, Role.LEGAL_REVIEWER),
            new DemoUser("head1", "周局长（演示）", 10, Role.UNIT_HEAD),
            new DemoUser("head0", "冯处长（演示）", 1, Role.UNIT_HEAD),
            new DemoUser("officer3", "吴执法（演示）", 21, Role.OFFICER),
            new DemoUser("supervisor1", "郑监督（演示）", 2, Role.SUPERVISOR));

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final IdentityAdministration administration;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final boolean demo;

    IdentitySeeder(UserAccounts accounts, PasswordEncoder encoder, IdentityAdministration administration,
            OrgUnits units, JdbcClient jdbc, @Value("${zhifa.demo-data:false}") boolean demo) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.administration = administration;
        this.units = units;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (demo) {
            String hash = encoder.encode(DEMO_PASSWORD);
            for (DemoUser u : DEMO_USERS) {
                long id = accounts.insert(u.username(), u.displayName(), u.unitId(), hash, false);
                accounts.grant(id, u.role(), "system");
            }
            log.info("已创建演示账户（仅供演示，密码 {}）：{}", DEMO_PASSWORD,
                    DEMO_USERS.stream().map(DemoUser::username).toList());
            demoContacts();
            return;
        }
        String password = administration.oneTimePassword();
        long id = accounts.insert("sysadmin", "系统管理员", 1, encoder.encode(password), true);
        accounts.grant(id, Role.SYSTEM_ADMIN, "system");
        String banner = """

                ==================================================================
                  zhifa 初始系统管理员（只显示这一次，请立即登录并修改密码）
                  用户名：sysadmin
                  一次性密码：%s
                  下一步：登录后指定首个安全管理员（三员分立），由其授予其他角色
                ==================================================================
                """.formatted(password);
        System.out.println(banner);
    }

    /**
     * Demo only: a fictitious address and contact for each unit of the tree, so that its notices can be issued (in
     * production the system administrator enters the real ones on 单位管理).
     */
    private void demoContacts() {
        for (OrgUnitView u : units.all()) {
            if (!u.contact().missing().isEmpty()) {
                jdbc.sql("""
                        update org_unit set address = ?, postal_code = ?, contact_person = ?, contact_phone = ?
                        where id = ? and address is null and postal_code is null and contact_person is null
                          and contact_phone is null""")
                        .params("示例路" + u.id() + "号（演示地址）", "817000", "陈联络（演示）",
                                "0977-%07d".formatted(u.id()), u.id())
                        .update();
            }
        }
        units.reload();
    }
}
