package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.CaseFlow.direct;
import static org.zhifa.cases.CaseFlow.map;
import static org.zhifa.cases.CaseFlow.on;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.testsupport.TestApi;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * What the issued documents of a case contain, read back from the PDFs (and DOCX): every field from one fact of the
 * record, the findings of a case-file evaluation each with its regression check, the evidence list and its versions.
 */
@ZhifaIntegrationTest
class CaseDocumentContentTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementDocuments documents;
    @Autowired
    org.zhifa.evidence.EvidenceLogPublication evidenceLog;
    @Autowired
    org.zhifa.identity.OrgUnits units;
    @Autowired
    org.zhifa.identity.UnitAdministration unitAdministration;
    CaseFlow flow;

    @BeforeEach
    void setUp() {
        flow = new CaseFlow(port, jdbc);
    }

    private Map<String, List<String>> texts(long caseId) throws Exception {
        Map<String, List<String>> out = CasePages.checkedTexts(documents, caseId);
        for (IssuedDocument d : documents.list("CASE:" + caseId)) {
            if (d.hasDocx()) {
                assertThat(docxXml(documents.docx(d.id()))).as(d.title() + " DOCX").doesNotContain("&#13;")
                        .doesNotContain("&amp;#13;").doesNotContain("\r");
            }
        }
        return out;
    }

    /** A label and its value as a form (table) or a paragraph (label：value) prints them. */
    private static String flat(String text) {
        return text.replace("：", "");
    }

    private static String docxXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void an_ordinary_case_prints_each_fact_once_from_the_record_and_cites_its_evidence_list_by_version() throws Exception {
        LocalDate act = LocalDate.of(2026, 9, 1);
        long id = flow.create(flow.draft("GLF-77-1", act, 951)).get("id").asLong();
        flow.ok("officer1", id, "submit-filing", on(act, "opinion", "路面堆放砂石约十平方米，拟立案查处。"));
        flow.ok("head1", id, "approve-filing", on(act, "opinion", "准予立案查处。"));
        long first = uploaded(id, "现场照片（内容测试）");
        Map<String, Object> inquiry = flow.inquiry(act);
        inquiry.put("startTime", "14:05");
        inquiry.put("endTime", "14:35");
        inquiry.put("qa", List.of(map("question", "问：你是否在公路上堆放砂石？", "answer", "答：是的，是我堆放的。")));
        flow.ok("officer1", id, "record-inquiry", inquiry);
        Map<String, Object> conclude = CaseFlow.conclude(act.plusDays(1), 1500);
        conclude.put("evidence", "询问笔录一份、现场照片一张。");
        conclude.put("discretionReason", "面积十平方米属一般阶次，当事人如实陈述。");
        conclude.put("correction", map("order", "清除堆放在公路上的砂石。", "deadline", "2026-09-20"));
        flow.ok("officer1", id, "conclude-investigation", conclude);
        flow.ok("officer1", id, "submit-review", on(act.plusDays(1)));
        flow.ok("head1", id, "approve-notice", on(act.plusDays(2), "opinion", "事实清楚，准予告知。"));
        LocalDate served = LocalDate.of(2026, 9, 4);
        flow.ok("officer1", id, "issue-notice", on(served));
        Map<String, Object> service = direct(served);
        service.put("servedAt", served + "T16:20");
        flow.ok("officer1", id, "serve-notice", on(served, "service", service));
        long second = uploaded(id, "补充询问录音（内容测试）");
        flow.ok("officer1", id, "record-statement", on(served.plusDays(1), "form", "WRITTEN", "statedBy", "测试当事人951",
                "text", "堆放时间很短，请求从轻处罚。"));
        flow.ok("officer1", id, "review-statement", on(served.plusDays(2), "statementNo", 1, "conclusion", "PARTLY_ADOPTED",
                "reasons", "堆放时间短属实，已在裁量中考虑。"));
        flow.ok("officer1", id, "ready-for-decision", on(served.plusDays(6)));
        Map<String, Object> decide = CaseFlow.decide(served.plusDays(7), 1500);
        decide.put("correction", map("order", "清除堆放在公路上的砂石。", "deadline", "2026-09-20"));
        flow.ok("head1", id, "decide", decide);

        Map<String, List<String>> t = texts(id);
        // 立案登记表: the officer's and the head's opinions as entered, once each
        assertThat(t.get("FILING_REGISTER").get(0)).contains("路面堆放砂石约十平方米，拟立案查处。", "负责人审批意见准予立案查处。审批负责人")
                .doesNotContain("同意立案。同意立案");
        // violated provision and penalty provision are two different articles of the catalogue
        for (String type : List.of("INVESTIGATION_REPORT", "VIOLATION_NOTICE", "PENALTY_DECISION")) {
            assertThat(flat(t.get(type).get(0))).as(type).contains("违反的规定《中华人民共和国公路法》第四十六条")
                    .contains("处罚依据《中华人民共和国公路法》第七十七条");
        }
        // 调查终结报告 keeps the officer's discretion reasons
        assertThat(t.get("INVESTIGATION_REPORT").get(0)).contains("面积十平方米属一般阶次，当事人如实陈述。");
        // an entered 问：/答： does not nest under the record's own labels
        assertThat(t.get("INQUIRY_RECORD").get(0)).contains("问：你是否在公路上堆放砂石？", "答：是的，是我堆放的。");
        // the notice prints the periods as sentences, not as a raw settings line
        assertThat(t.get("VIOLATION_NOTICE").get(0)).contains("收到本通知书之日起三个工作日内");
        // 式样之十一: the notice ends with the issuing unit's contact block, from the unit's master data
        var contact = units.require(11).contact();
        assertThat(t.get("VIOLATION_NOTICE").get(0)).contains("联系地址：" + contact.address() + "邮编："
                + contact.postalCode(), "联系人：" + contact.contactPerson() + "联系电话：" + contact.phone());
        // the decision: the statement and its review once each with one full stop; the correction with a Chinese date
        String decision = t.get("PENALTY_DECISION").get(0);
        assertThat(decision).contains("堆放时间很短，请求从轻处罚。经复核，部分采纳，理由：堆放时间短属实，已在裁量中考虑。",
                "责令改正：责令清除堆放在公路上的砂石，限于2026年9月20日前改正。", "处罚种类和数额：罚款人民币1500元",
                "德令哈市人民政府").doesNotContain("2026-09-20");
        // the evidence list: v1 cited by the report and the notice, v2 (a recording added after) by the decision
        List<String> lists = t.get("EVIDENCE_LIST");
        assertThat(lists).hasSize(2);
        List<IssuedDocument> versions = documents.list("CASE:" + id).stream()
                .filter(d -> d.type() == org.zhifa.documents.DocumentType.EVIDENCE_LIST).toList();
        assertThat(versions).extracting(IssuedDocument::version).containsExactly(1, 2);
        String number = versions.get(0).number();
        assertThat(versions.get(1).number()).isEqualTo(number);
        assertThat(flat(t.get("INVESTIGATION_REPORT").get(0))).contains("证据清单" + number + "（第1版，共2项）");
        assertThat(flat(t.get("VIOLATION_NOTICE").get(0))).contains("证据清单" + number + "（第1版，共2项）");
        assertThat(flat(decision)).contains("证据清单" + number + "（第2版，共3项）");
        assertThat(lists.get(0)).contains("第1版", "现场照片（内容测试）", sm3(first), "询问笔录")
                .doesNotContain("补充询问录音（内容测试）");
        assertThat(lists.get(1)).contains("第2版", "现场照片（内容测试）", sm3(first), "补充询问录音（内容测试）", sm3(second),
                "视听资料", "李执法");
        // each linked item carries the QR code of its public verification page (the page of its evidence certificate)
        String firstUrl = evidenceLog.reference(first).orElseThrow().verificationUrl();
        String secondUrl = evidenceLog.reference(second).orElseThrow().verificationUrl();
        assertThat(qrCodes(documents.pdf(versions.get(0).id()))).contains(firstUrl).doesNotContain(secondUrl);
        assertThat(qrCodes(documents.pdf(versions.get(1).id()))).contains(firstUrl, secondUrl);
        for (long item : List.of(first, second)) {
            var ref = evidenceLog.reference(item).orElseThrow();
            var page = TestApi.anonymous(port).get(java.net.URI.create(ref.verificationUrl()).getPath());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(Long.toString(ref.metadataIndex()), Long.toString(item));
        }
    }

    /** Every QR code printed on the pages of a PDF, decoded (zxing). */
    static java.util.Set<String> qrCodes(byte[] pdf) throws Exception {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (java.awt.image.BufferedImage image : org.zhifa.documents.PdfPages.images(pdf, 200)) {
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                for (var r : new com.google.zxing.multi.qrcode.QRCodeMultiReader().decodeMultiple(bitmap,
                        Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                    out.add(r.getText());
                }
            } catch (com.google.zxing.NotFoundException none) {
                // a page without a QR code
            }
        }
        return out;
    }

    private long uploaded(long caseId, String title) throws Exception {
        var response = flow.upload(caseId, title);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("id").asLong();
    }

    private String sm3(long evidenceId) {
        String hex = jdbc.sql("select content_sm3 from evidence_item where id = ?").param(evidenceId).query(String.class)
                .single();
        return hex;
    }

    @Test
    void the_on_the_spot_decision_states_the_time_the_statement_and_the_order_to_correct_and_its_stub_both_places() throws Exception {
        LocalDate today = LocalDate.now(CaseFlow.ZONE);
        Map<String, Object> spot = on(today, "act", flow.facts("GLF-77-1", today, 952),
                "officerIds", List.of(flow.officerId("officer1"), flow.officerId("officer2")),
                "penaltyKinds", List.of("FINE"), "amountYuan", 150, "partyStatement", "当事人称不知道不能堆放。",
                "statementReview", "不知法不免责，不予采纳。", "decisionPlace", "德令哈市执法站（内容测试）",
                "deliveredAt", "10:20", "signature", "SIGNED");
        var missing = TestApi.as(port, "officer1").post("/api/cases/simplified", spot);
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("correction.order", "请填写责令改正的内容").doesNotContain("\"article\"");
        spot.put("correction", map("order", "清除堆放在公路上的物品"));
        var created = TestApi.as(port, "officer1").post("/api/cases/simplified", spot);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Map<String, List<String>> t = texts(id);
        String d = t.get("ON_THE_SPOT_DECISION").get(0);
        String day = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        assertThat(d).contains("违法时间：" + day + "9时30分", "违法地点：G315线K1652+200处（测试）",
                "当事人陈述申辩：当事人称不知道不能堆放。", "陈述申辩复核意见：不知法不免责，不予采纳。",
                "责令改正：责令清除堆放在公路上的物品，立即改正。", "处罚种类和数额：罚款人民币150元",
                "处罚地点：德令哈市执法站（内容测试）").doesNotContain("经本机关依法调查");
        String stub = d.substring(d.indexOf("（存根）"));
        assertThat(stub).contains("违法地点G315线K1652+200处（测试）", "处罚地点德令哈市执法站（内容测试）");
    }

    @Test
    void a_notice_is_not_issued_while_the_unit_contact_is_missing_and_prints_the_contact_as_it_stood_when_issued()
            throws Exception {
        var admin = new org.zhifa.identity.ZhifaPrincipal(1, "admin", "admin", 1, "", java.util.Set.of(
                org.zhifa.identity.Role.SYSTEM_ADMIN), false, false, 0);
        var original = units.require(11).contact();
        LocalDate act = LocalDate.of(2026, 9, 21);
        long id = flow.investigated("GLF-77-1", act, 954, 1500, Map.of());
        flow.ok("head1", id, "approve-notice", on(act.plusDays(1), "opinion", "事实清楚，同意告知（测试）"));
        try {
            unitAdministration.updateContact(admin, 11, new org.zhifa.identity.OrgUnitContact(original.address(),
                    original.postalCode(), original.contactPerson(), null));
            var refused = flow.step("officer1", id, "issue-notice", on(act.plusDays(2)));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("执法单位联系电话", "系统管理员", "单位管理").doesNotContain("\"article\"");
            assertThat(documents.list("CASE:" + id)).extracting(IssuedDocument::type)
                    .doesNotContain(org.zhifa.documents.DocumentType.VIOLATION_NOTICE);

            unitAdministration.updateContact(admin, 11, new org.zhifa.identity.OrgUnitContact(original.address(),
                    original.postalCode(), original.contactPerson(), "0977-1230954"));
            flow.ok("officer1", id, "issue-notice", on(act.plusDays(2)));
        } finally {
            unitAdministration.updateContact(admin, 11, original);
        }
        // fixed in the content at issue: a later change of the unit's master data does not change the issued notice
        IssuedDocument issued = documents.list("CASE:" + id).stream()
                .filter(d -> d.type() == org.zhifa.documents.DocumentType.VIOLATION_NOTICE).findFirst().orElseThrow();
        String notice = String.join("", org.zhifa.documents.PdfPages.texts(documents.pdf(issued.id())));
        assertThat(notice).contains("联系人：" + original.contactPerson() + "联系电话：0977-1230954")
                .doesNotContain(original.phone());
    }

    @Test
    void a_waiver_is_not_printed_where_the_party_made_a_statement() {
        long id = flow.notified("GLF-77-1", LocalDate.of(2026, 9, 7), 953, 1500, LocalDate.of(2026, 9, 8));
        flow.ok("officer1", id, "record-statement", on(LocalDate.of(2026, 9, 9), "form", "WRITTEN",
                "statedBy", "测试当事人953", "text", "请求从轻处罚（测试）"));
        var waived = flow.step("officer1", id, "waive-statement", on(LocalDate.of(2026, 9, 9), "form", "WRITTEN",
                "declaration", "放弃陈述申辩（测试）"));
        if (waived.status() == 200) {
            flow.ok("officer1", id, "review-statement", on(LocalDate.of(2026, 9, 10), "statementNo", 1,
                    "conclusion", "NOT_ADOPTED", "reasons", "理由不成立（测试）"));
            flow.ok("officer1", id, "ready-for-decision", on(LocalDate.of(2026, 9, 15)));
            var r = flow.step("head1", id, "decide", CaseFlow.decide(LocalDate.of(2026, 9, 16), 1500));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("statementReview", "与案卷矛盾").doesNotContain("\"article\"");
            assertThat(documents.list("CASE:" + id)).extracting(IssuedDocument::type)
                    .doesNotContain(org.zhifa.documents.DocumentType.PENALTY_DECISION);
        } else {
            assertThat(waived.status()).as(waived.body()).isIn(400, 409, 422);
        }
    }
}
