package org.zhifa.personnel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.identity.UserDirectory;
import org.zhifa.identity.UserView;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.EnforcementCategory;
import org.zhifa.personnel.IdCardNumber;

/**
 * Demo roster ({@code zhifa.demo-data=true}): fictitious people for the demo units, linked to the demo accounts.
 * ID numbers use the non-existent area code 632890 (Haixi has no such county) and pass the GB 11643 check;
 * certificate numbers start with “演示”. Dates are relative to today so that the alerts always show something:
 * two certificates expiring within 60 days, one suspended, one officer who left without completed cancellation.
 * Runs once: nothing happens when any officer exists.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class PersonnelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonnelDemoData.class);
    static final String AUTHORITY = "青海省人民政府（演示）";

    private final JdbcClient jdbc;
    private final OfficerRepository officers;
    private final CertificateRepository certificates;
    private final CancellationTasks cancellations;
    private final UserDirectory users;
    private final Clock clock;
    private int sequence;

    PersonnelDemoData(JdbcClient jdbc, OfficerRepository officers, CertificateRepository certificates,
            CancellationTasks cancellations, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.certificates = certificates;
        this.cancellations = cancellations;
        this.users = users;
        this.clock = clock;
    }

    private enum Fate { VALID, EXPIRING, SUSPENDED, LEFT, NONE }

    private record Person(String name, long unitId, String username, Gender gender, String ethnicity, String post,
            boolean reviewer, boolean qualified, Fate fate) {
    }

    private static final List<Person> PEOPLE = List.of(
            // 德令哈市交通运输局（10）及其执法大队（11）
            new Person("周局长", 10, "head1", Gender.MALE, "汉族", "局长", false, false, Fate.VALID),
            new Person("孙法制", 10, "reviewer1", Gender.FEMALE, "汉族", "法制审核员", true, true, Fate.VALID),
            new Person("钱审核", 10, null, Gender.MALE, "蒙古族", "法规科科员", true, false, Fate.VALID),
            new Person("李执法", 11, "officer1", Gender.MALE, "汉族", "执法中队长", false, false, Fate.VALID),
            new Person("王执法", 11, "officer2", Gender.MALE, "藏族", "执法队员", false, false, Fate.VALID),
            new Person("冯示例", 11, null, Gender.FEMALE, "回族", "执法队员", false, false, Fate.EXPIRING),
            new Person("陈示例", 11, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.SUSPENDED),
            new Person("褚示例", 11, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("卫示例", 11, null, Gender.FEMALE, "土族", "执法队员", false, false, Fate.NONE),
            // 格尔木市交通运输局（20）及其执法大队（21）
            new Person("蒋示例", 20, null, Gender.MALE, "汉族", "法制审核员", true, true, Fate.VALID),
            new Person("吴执法", 21, "officer3", Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("沈示例", 21, null, Gender.FEMALE, "撒拉族", "执法队员", false, false, Fate.EXPIRING),
            new Person("韩示例", 21, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.LEFT),
            new Person("杨示例", 21, null, Gender.MALE, "蒙古族", "执法队员", false, false, Fate.VALID),
            // 其他市县
            new Person("朱示例", 31, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("秦示例", 31, null, Gender.FEMALE, "藏族", "执法队员", false, false, Fate.VALID),
            new Person("尤示例", 41, null, Gender.MALE, "蒙古族", "执法队员", false, false, Fate.VALID),
            new Person("许示例", 41, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("何示例", 51, null, Gender.FEMALE, "藏族", "执法队员", false, false, Fate.VALID),
            new Person("吕示例", 51, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("施示例", 61, null, Gender.MALE, "藏族", "执法队员", false, false, Fate.VALID),
            new Person("张示例", 61, null, Gender.FEMALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("孔示例", 71, null, Gender.MALE, "汉族", "执法队员", false, false, Fate.VALID),
            new Person("曹示例", 71, null, Gender.MALE, "回族", "执法队员", false, false, Fate.VALID));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from officer").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Long officer1 = null;
        for (Person p : PEOPLE) {
            long id = officer(p, StaffKind.OFFICER, null, today);
            if ("officer1".equals(p.username())) {
                officer1 = id;
            }
            certificate(id, p, today);
        }
        // 执法辅助人员 aux1, managed by officer1 (方案第7条).
        Person aux = new Person("赵协管", 11, "aux1", Gender.MALE, "汉族", "协管员", false, false, Fate.NONE);
        officer(aux, StaffKind.AUXILIARY, officer1, today);
        log.info("已创建演示执法人员 {} 人（虚构人员）", PEOPLE.size() + 1);
    }

    private long officer(Person p, StaffKind kind, Long responsible, LocalDate today) {
        int i = ++sequence;
        String first17 = "632890" + LocalDate.of(1975, 1, 1).plusDays(i * 211L).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", i);
        IdCardNumber idNumber = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
        Long userId = p.username() == null ? null : users.findByUsername(p.username()).map(UserView::id).orElse(null);
        boolean auxiliary = kind == StaffKind.AUXILIARY;
        OfficerDetails d = new OfficerDetails(p.name(), p.gender(), p.ethnicity(), idNumber, Education.BACHELOR,
                p.qualified(), p.qualified() ? "A2019632890" + String.format("%04d", i) : null, p.reviewer(), p.post(),
                auxiliary ? EmploymentType.CONTRACT : EmploymentType.REFERENCE_CIVIL_SERVANT,
                today.minusYears(3 + i % 9).withDayOfMonth(1), userId, auxiliary ? "劳动合同" : null,
                auxiliary ? today.minusYears(1).withDayOfYear(1) : null,
                auxiliary ? today.plusYears(2).withDayOfYear(1).minusDays(1) : null,
                auxiliary ? "协助执法人员开展路面巡查、信息登记" : null, responsible);
        return officers.insert(Officer.register(kind, p.unitId(), d));
    }

    private void certificate(long officerId, Person p, LocalDate today) {
        if (p.fate() == Fate.NONE) {
            return;
        }
        Set<EnforcementCategory> categories = p.unitId() % 10 == 0
                ? EnumSet.of(EnforcementCategory.COMPREHENSIVE, EnforcementCategory.ROAD_TRANSPORT)
                : EnumSet.of(EnforcementCategory.HIGHWAY_ADMINISTRATION, EnforcementCategory.ROAD_TRANSPORT,
                        EnforcementCategory.COMPREHENSIVE);
        LocalDate issued = today.minusYears(2).withDayOfMonth(1);
        LocalDate expires = switch (p.fate()) {
            case EXPIRING -> today.plusDays(p.unitId() == 11 ? 20 : 45);
            default -> issued.plusYears(5);
        };
        String number = "演示" + String.format("%02d%04d", p.unitId(), officerId);
        EnforcementCertificate c = EnforcementCertificate.issue(officerId, number, AUTHORITY, categories, issued,
                expires, "申领（演示数据）", "system");
        long certId = certificates.insert(c);
        if (p.fate() == Fate.SUSPENDED) {
            EnforcementCertificate stored = certificates.find(certId).orElseThrow();
            stored.change(CertificateChangeReason.SUSPENSION, today.minusDays(10), today,
                    "执法过程中未按规定全程记录，暂扣待查（演示数据）", null, null, "system");
            certificates.update(stored);
        }
        if (p.fate() == Fate.LEFT) {
            Officer o = officers.find(officerId).orElseThrow();
            o.leave(today.minusDays(30));
            officers.update(o);
            cancellations.start(officerId, today.minusDays(30), "调离执法岗位（演示数据）");
        }
    }
}
