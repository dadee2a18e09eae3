package org.zhifa.publicity.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.identity.OrgUnits;

/**
 * A few fictitious published decisions so that the public search shows something (zhifa.demo-data=true). Their
 * case ids are negative so that they never meet a real case; the run does nothing once they exist.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class PublicityDemoData implements ApplicationRunner {

    private final PublicationService publications;
    private final JdbcClient jdbc;
    private final OrgUnits units;

    PublicityDemoData(PublicationService publications, JdbcClient jdbc, OrgUnits units) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.units = units;
    }

    private record Demo(long caseId, String number, long unitId, LocalDate date, PartyKind kind, String party,
            String id, String address, String plate, String category, DecisionOutcome outcome, String conclusion,
            String facts, boolean release) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from publication where case_id < 0").query(Long.class).single() > 0) {
            return;
        }
        List<Demo> demos = List.of(
                new Demo(-1, "德交执罚〔2025〕9001号", 11, LocalDate.of(2025, 3, 12), PartyKind.ORGANISATION,
                        "海西演示物流有限公司（虚构）", null, null, "青H90001", "违法超限运输", DecisionOutcome.PENALTY,
                        "罚款人民币 3000 元",
                        "当事人所属车辆青H90001于2025年3月5日在G315线某检测站经检测车货总质量超过限定标准，违反《公路安全保护条例》第三十三条。",
                        true),
                new Demo(-2, "格交执罚〔2025〕9002号", 21, LocalDate.of(2025, 4, 8), PartyKind.CITIZEN, "张三丰",
                        "63280119900101101X", "青海省格尔木市昆仑南路8号", "青H90002",
                        "未取得道路运输经营许可擅自从事道路货物运输经营", DecisionOutcome.PENALTY, "罚款人民币 5000 元",
                        "当事人张三丰驾驶青H90002货车未取得道路运输经营许可从事货物运输经营，违反《中华人民共和国道路运输条例》第二十四条。",
                        true),
                new Demo(-3, "茫交执罚〔2025〕9003号", 31, LocalDate.of(2025, 5, 20), PartyKind.CITIZEN, "欧阳娜娜",
                        null, null, "青H90003", "违法超限运输", DecisionOutcome.PENALTY, "罚款人民币 800 元",
                        "当事人欧阳娜娜驾驶的青H90003车辆超限运输，超限 2.1 吨。", true),
                new Demo(-4, "乌交执罚〔2025〕9004号", 41, LocalDate.of(2025, 6, 16), PartyKind.CITIZEN,
                        "阿卜杜·热合曼", null, null, "新A90004", "未随车携带道路运输证", DecisionOutcome.PENALTY, "警告",
                        "当事人阿卜杜·热合曼驾驶新A90004车辆未随车携带道路运输证。", true),
                new Demo(-5, "都交执罚〔2025〕9005号", 51, LocalDate.of(2025, 7, 2), PartyKind.ORGANISATION,
                        "都兰演示公路工程有限公司（虚构）", null, null, null, "擅自占用、挖掘公路", DecisionOutcome.PENALTY,
                        "责令恢复原状，罚款人民币 20000 元", "当事人未经许可在G109线某路段挖掘公路埋设管线。", true),
                new Demo(-6, "德交执罚〔2025〕9006号", 11, LocalDate.of(2025, 8, 19), PartyKind.CITIZEN, "王小明",
                        null, null, "青H90006", "未随车携带道路运输证", DecisionOutcome.NO_PENALTY_MINOR,
                        "首次违法且危害后果轻微并及时改正，不予行政处罚",
                        "当事人王小明驾驶青H90006车辆未随车携带道路运输证，系首次违法，当场改正。", true),
                new Demo(-7, "德交执罚〔2025〕9007号", 11, LocalDate.of(2025, 9, 26), PartyKind.CITIZEN, "李小龙",
                        null, "青海省海西蒙古族藏族自治州德令哈市长江路12号", "青H90007", "违法超限运输",
                        DecisionOutcome.PENALTY, "罚款人民币 1000 元",
                        "当事人李小龙（住青海省海西蒙古族藏族自治州德令哈市长江路12号）驾驶青H90007车辆超限运输。", false));
        for (Demo d : demos) {
            String unitName = units.find(d.unitId()).map(u -> u.name()).orElse("海西州交通运输局");
            long id = publications.draftFrom(new PenaltyDecisionMade(d.caseId(), d.number(), d.unitId(), unitName,
                    d.date(), d.kind(), d.party(), d.id(), d.address(), d.plate(), d.category(), d.outcome(),
                    d.conclusion(), d.facts(), true));
            if (d.release()) {
                publications.releaseAsSystem(id, "演示数据");
            }
        }
    }
}
