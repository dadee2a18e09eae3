package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhifa.common.Actor;
import org.zhifa.documents.internal.SealStore;
import org.zhifa.documents.internal.UnitSeal;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.testsupport.ZhifaIntegrationTest;

/**
 * The security administrator's electronic seal page: generate or import the SM2 key, upload the image, per unit in
 * the administrator's data scope, every change a new audited version; the private key is stored encrypted; nobody
 * else may do it.
 */
@ZhifaIntegrationTest
class SealAdministrationTest {

    static final long UNIT = 61;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SealStore seals;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    record TestActor(long userId, String username, String displayName, long unitId, String unitName,
            Set<String> roleCodes) implements Actor {
    }

    private static TestingAuthenticationToken as(String role, long unitId, String unitName) {
        Actor actor = new TestActor(97, "seal-" + role.toLowerCase(), "测试" + role, unitId, unitName, Set.of(role));
        return new TestingAuthenticationToken(actor, null, "ROLE_" + role);
    }

    private static TestingAuthenticationToken securityAdmin() {
        return as("SECURITY_ADMIN", 1, "海西州交通运输局");
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MvcResult post(String path, TestingAuthenticationToken who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(csrf()).with(authentication(who))).andReturn();
    }

    private long audits(String action, long sealId) {
        return jdbc.sql("select count(*) from audit_record where action = :a and object_id = :id").param("a", action)
                .param("id", Long.toString(sealId)).query(Long.class).single();
    }

    @Test
    @DisplayName("安全管理员查看各单位电子印章并为单位生成新密钥：新版本、旧版本保留、留痕")
    void the_security_administrator_generates_a_new_key_as_a_new_audited_version() throws Exception {
        UnitSeal before = seals.current(UNIT).orElseThrow();
        String list = mvc.perform(MockMvcRequestBuilders.get("/admin/seals").with(authentication(securityAdmin())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("天峻县交通运输综合行政执法大队", "可签章", "seal-row-" + UNIT);

        MvcResult r = post("/admin/seals/" + UNIT + "/key", securityAdmin());
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/seals/" + UNIT);

        UnitSeal after = seals.current(UNIT).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.keyId()).isNotEqualTo(before.keyId());
        assertThat(after.imageSm3()).isEqualTo(before.imageSm3());
        assertThat(after.usableAt(Instant.now())).isTrue();
        assertThat(seals.find(before.id()).orElseThrow().retiredAt()).isNotNull();
        assertThat(audits("SEAL_KEY_GENERATED", after.id())).isEqualTo(1);
        assertThat(after.eseal().allows(after.certificate())).isTrue();

        String detail = mvc.perform(MockMvcRequestBuilders.get("/admin/seals/" + UNIT).with(authentication(securityAdmin())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains(after.keyId(), "版本历史", "测试SECURITY_ADMIN");
    }

    @Test
    @DisplayName("私钥以 SM4 加密保存，数据库中没有明文私钥；印章版本不得修改或删除")
    void the_private_key_is_stored_encrypted_and_versions_cannot_be_changed() {
        UnitSeal seal = seals.current(UNIT).orElseThrow();
        String stored = jdbc.sql("select private_key from document_seal where id = :id").param("id", seal.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain("PRIVATE KEY").doesNotContain(seal.key().get().keyPem());
        assertThat(seal.key().get().keyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThatThrownBy(() -> jdbc.sql("update document_seal set seal_name = 'x' where id = :id")
                .param("id", seal.id()).update()).hasMessageContaining("不得修改");
        assertThatThrownBy(() -> jdbc.sql("delete from document_seal where id = :id").param("id", seal.id()).update())
                .hasMessageContaining("不得修改");
    }

    @Test
    @DisplayName("导入的私钥与证书须为匹配的 SM2 PEM，错误在字段旁说明；正确时成为新版本")
    void an_imported_key_must_be_an_sm2_pem_pair_and_becomes_a_new_version() throws Exception {
        MvcResult bad = mvc.perform(MockMvcRequestBuilders.post("/admin/seals/" + UNIT + "/key/import")
                .param("privateKey", "not a key").param("certificate", "")
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("私钥不是 PEM 格式", "is-invalid");

        Instant now = Instant.now();
        SealCredential mine = SealCredential.generate("天峻县交通运输综合行政执法大队", now.minus(1, ChronoUnit.DAYS),
                now.plus(300, ChronoUnit.DAYS));
        SealCredential other = SealCredential.generate("其他", now.minus(1, ChronoUnit.DAYS), now.plus(300, ChronoUnit.DAYS));
        MvcResult mismatch = mvc.perform(MockMvcRequestBuilders.post("/admin/seals/" + UNIT + "/key/import")
                .param("privateKey", mine.keyPem()).param("certificate", other.certificatePem())
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(mismatch.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("私钥与证书不匹配");

        MvcResult ok = mvc.perform(MockMvcRequestBuilders.post("/admin/seals/" + UNIT + "/key/import")
                .param("privateKey", mine.keyPem()).param("certificate", mine.certificatePem())
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/seals/" + UNIT);
        UnitSeal seal = seals.current(UNIT).orElseThrow();
        assertThat(seal.keyOrigin()).isEqualTo("IMPORTED");
        assertThat(seal.keyId()).isEqualTo(mine.keyId());
        assertThat(audits("SEAL_KEY_IMPORTED", seal.id())).isEqualTo(1);
    }

    @Test
    @DisplayName("印章图像须为 PNG；上传后成为新版本并留痕")
    void the_seal_image_must_be_a_png_and_an_upload_is_an_audited_version() throws Exception {
        MvcResult bad = mvc.perform(MockMvcRequestBuilders.multipart("/admin/seals/" + UNIT + "/image")
                .file(new MockMultipartFile("image", "seal.jpg", "image/jpeg", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("印章图像须为 PNG 格式");

        byte[] png = OfdDocumentTest.png();
        byte[] large = pngOf(300);
        MvcResult small = mvc.perform(MockMvcRequestBuilders.multipart("/admin/seals/" + UNIT + "/image")
                .file(new MockMultipartFile("image", "seal.png", "image/png", png))
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(small.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("100 至 4000 像素");

        MvcResult ok = mvc.perform(MockMvcRequestBuilders.multipart("/admin/seals/" + UNIT + "/image")
                .file(new MockMultipartFile("image", "seal.png", "image/png", large))
                .with(csrf()).with(authentication(securityAdmin()))).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/seals/" + UNIT);
        UnitSeal seal = seals.current(UNIT).orElseThrow();
        assertThat(seal.image()).isEqualTo(large);
        assertThat(seal.eseal().picture()).isEqualTo(large);
        assertThat(audits("SEAL_IMAGE_UPLOADED", seal.id())).isEqualTo(1);
        byte[] shown = mvc.perform(MockMvcRequestBuilders.get("/admin/seals/versions/" + seal.id() + "/image.png")
                .with(authentication(securityAdmin()))).andReturn().getResponse().getContentAsByteArray();
        assertThat(shown).isEqualTo(large);
    }

    @Test
    @DisplayName("三员分立：只有安全管理员管理电子印章；县级安全管理员看不到其他县的印章")
    void only_the_security_administrator_in_whose_scope_the_unit_is_manages_its_seal() throws Exception {
        int before = seals.current(UNIT).orElseThrow().version();
        for (String role : new String[] {"SYSTEM_ADMIN", "AUDIT_ADMIN", "UNIT_HEAD", "OFFICER"}) {
            assertThat(post("/admin/seals/" + UNIT + "/key", as(role, 1, "海西州交通运输局")).getResponse().getStatus())
                    .as(role).isEqualTo(403);
            assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/seals").with(authentication(
                    as(role, 1, "海西州交通运输局")))).andReturn().getResponse().getStatus()).as(role).isEqualTo(403);
        }
        TestingAuthenticationToken golmud = as("SECURITY_ADMIN", 20, "格尔木市交通运输局");
        assertThat(post("/admin/seals/" + UNIT + "/key", golmud).getResponse().getStatus()).isEqualTo(404);
        String list = mvc.perform(MockMvcRequestBuilders.get("/admin/seals").with(authentication(golmud))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("格尔木市交通运输综合行政执法大队").doesNotContain("天峻县");
        assertThat(seals.current(UNIT).orElseThrow().version()).isEqualTo(before);
    }

    /** A red ring on a transparent square, as a seal image. */
    static byte[] pngOf(int side) {
        try {
            var image = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.RED);
            g.setStroke(new java.awt.BasicStroke(Math.max(1, side / 30f)));
            g.drawOval(side / 30 + 1, side / 30 + 1, side - side / 15 - 2, side - side / 15 - 2);
            g.dispose();
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
