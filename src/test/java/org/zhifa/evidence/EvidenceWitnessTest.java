package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.ZhifaApplication;
import org.zhifa.crypto.Sm3;
import org.zhifa.database.EmbeddedDatabase;
import org.zhifa.evidence.internal.EvidenceRecords;
import org.zhifa.evidence.internal.SelfAudit;
import org.zhifa.evidence.log.EvidenceLeaf;
import org.zhifa.evidence.log.LeafKind;
import org.zhifa.evidence.log.LogHash;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.PerfectNodes;
import org.zhifa.evidence.log.TestTimeStampAuthority;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;
import org.zhifa.evidence.verify.EvidenceVerifier;
import org.zhifa.testsupport.FreePorts;
import org.zhifa.testsupport.Superuser;
import org.zhifa.testsupport.TestApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 18's hostile operator, repeated against a running zhifa (its own data directory and embedded database) with two
 * witness processes started here, one fed by zhifa, one also polling zhifa itself: an honest log keeps being cosigned
 * and verified (and timestamped by a time-stamping authority built in the test) across a key rotation and restarts of
 * zhifa and of a witness; then an old item's title is rewritten, its
 * log entry and every tree node recomputed, every head re-signed with the key on disk and the head export rewritten —
 * and each witness raises an alarm and refuses to cosign, and the verifier, given the witnesses' keys, rejects the
 * rewritten proof.
 */
class EvidenceWitnessTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> running = new ArrayList<>();
    private ConfigurableApplicationContext zhifa;
    private int port;
    private Path data;
    private TestTimeStampAuthority tsa;
    private Path tsaCertificate;
    /** Heads pushed to the "external endpoint" (the provincial department, in the test a server here). */
    private final List<JsonNode> pushed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private String pushUrl;

    @AfterEach
    void stopAll() throws Exception {
        if (zhifa != null) {
            zhifa.close();
        }
        for (AutoCloseable c : running) {
            c.close();
        }
    }

    private void startZhifa(List<WitnessProcess> witnesses) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--zhifa.db.data-dir=" + data,
                "--zhifa.db.embedded-clean=false", "--spring.main.banner-mode=off",
                "--zhifa.evidence.witness.quorum=2", "--zhifa.evidence.witness.retry-interval=1s",
                "--zhifa.evidence.tsa.url=" + tsa.url(), "--zhifa.evidence.tsa.certificate=" + tsaCertificate,
                "--zhifa.evidence.tsa.hash-algorithm=SM3", "--zhifa.evidence.publication.push-url=" + pushUrl));
        for (int i = 0; i < witnesses.size(); i++) {
            WitnessProcess w = witnesses.get(i);
            try {
                args.add("--zhifa.evidence.witness.endpoints[" + i + "].name=见证人" + (i + 1) + "（测试）");
                args.add("--zhifa.evidence.witness.endpoints[" + i + "].url=" + w.url());
                args.add("--zhifa.evidence.witness.endpoints[" + i + "].public-key=" + w.publicKeyFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        SpringApplication app = new SpringApplication(ZhifaApplication.class);
        app.setAdditionalProfiles("test");
        // The demo accounts are needed, the thirty demo cases walked through the case engine (most of a fresh start)
        // are not: evidence is linked to a vehicle here (links to cases: EvidenceLinkProofTest).
        app.addInitializers(ctx -> ctx.addBeanFactoryPostProcessor(factory -> {
            if (factory instanceof org.springframework.beans.factory.support.BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition("demoCases")) {
                registry.removeBeanDefinition("demoCases");
            }
        }));
        zhifa = app.run(args.toArray(String[]::new));
    }

    private JdbcClient jdbc() {
        return zhifa.getBean(JdbcClient.class);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("等待超时：" + what);
            }
            Thread.sleep(200);
        }
    }

    private JsonNode get(String path) {
        return TestApi.anonymous(port).get(path).json();
    }

    /** Waits until the latest head is cosigned by both witnesses; returns its size. */
    private long awaitWitnessed() throws InterruptedException {
        long size = get("/api/public/evidence/log/head").get("treeHead").get("treeSize").asLong();
        await("见证人联署大小 " + size + " 的树头", () -> {
            TestApi.Response r = TestApi.anonymous(port).get("/api/public/evidence/log/witnessed-head");
            return r.status() == 200 && r.json().get("treeHead").get("treeSize").asLong() >= size
                    && r.json().get("cosignatures").size() == 2 && !r.json().get("timestamp").isNull();
        });
        return size;
    }

    private long upload(byte[] content, String plate) {
        Map<String, Object> meta = new HashMap<>(EvidenceApiTest.metadata("unused", true));
        meta.put("links", List.of(Map.of("targetType", "VEHICLE", "targetId", plate)));
        return EvidenceApiTest.uploadChunked(EvidenceHttp.as(port, "officer1"), content, meta).get("id").asLong();
    }

    private byte[] proof(long id, String query) {
        var r = EvidenceHttp.as(port, "officer1").get("/api/evidence/" + id + "/proof" + query, null);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    private record Verified(int code, String output) {
    }

    private Verified verify(Path file, byte[] proof, String... options) throws Exception {
        Path p = Files.write(dir.resolve("proof-" + System.nanoTime() + ".json"), proof);
        List<String> args = new ArrayList<>(List.of(file.toString(), p.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = EvidenceVerifier.run(args.toArray(String[]::new), new PrintStream(buf, true, StandardCharsets.UTF_8));
        return new Verified(code, buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_rewritten_log_is_detected_by_each_witness_and_by_the_verifier_while_an_honest_log_keeps_verifying()
            throws Exception {
        data = dir.resolve("zhifa");
        port = FreePorts.next();
        tsa = new TestTimeStampAuthority();
        running.add(tsa);
        tsaCertificate = Files.writeString(dir.resolve("tsa.pem"), tsa.certificatePem());
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 4);
        receiver.createContext("/heads", ex -> {
            try (ex) {
                pushed.add(EvidenceHttp.JSON.readTree(ex.getRequestBody().readAllBytes()));
                ex.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        running.add(() -> receiver.stop(0));
        pushUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/heads";
        // The enforcement body's log key, made before the first start and announced to the witnesses' operators.
        LogKeyPair logKey = LogKeyPair.generate();
        logKey.writeNew(data.resolve("keys/evidence-log-sm2.pem"));
        Path logPublic = Files.writeString(dir.resolve("log-key.pem"), logKey.publicPem());
        String zhifaUrl = "http://127.0.0.1:" + port;
        WitnessProcess w1 = WitnessProcess.init(dir.resolve("witness-bureau"), "州执法监督局（测试）", logPublic,
                logKey.keyId(), zhifaUrl, List.of());
        WitnessProcess w2 = WitnessProcess.init(dir.resolve("witness-notary"), "公证处（测试）", logPublic,
                logKey.keyId(), zhifaUrl, List.of("--poll", "1s"));
        running.add(w1);
        running.add(w2);
        w1.start();
        w2.start();
        List<WitnessProcess> witnesses = List.of(w1, w2);
        startZhifa(witnesses);
        assertThat(get("/api/public/evidence/log/head").get("logId").asString()).isEqualTo(logKey.keyId());

        // ---- an honest log: cosigned, verified, across a key rotation and restarts ----
        String plate = "青H·T1818";
        byte[] video = EvidenceApiTest.randomBytes(40_000, 1801);
        Path videoFile = Files.write(dir.resolve("video.mp4"), video);
        long item = upload(video, plate);
        long sizeAfterItem = awaitWitnessed();
        byte[] honestProof = proof(item, "");
        JsonNode honest = EvidenceHttp.JSON.readTree(honestProof);
        assertThat(honest.get("format").asString()).isEqualTo(ProofBundle.FORMAT);
        assertThat(honest.get("cosignatures")).hasSize(2);
        assertThat(honest.get("links").get(0).get("contentText").asString()).contains("targetType=VEHICLE")
                .contains("targetId=" + plate);
        String[] pinned = {logPublic.toString(), "--witness", w1.publicKeyFile().toString(), "--witness",
                w2.publicKeyFile().toString(), "--quorum", "2", "--tsa-cert", tsaCertificate.toString()};
        Verified ok = verify(videoFile, honestProof, pinned);
        assertThat(ok.code()).as(ok.output()).isEqualTo(EvidenceVerifier.OK);
        assertThat(ok.output()).contains("[通过 PASS] 见证人联署达到法定数：有效 2 个，要求 2 个")
                .contains("[通过 PASS] 树头的 RFC 3161 时间戳有效").contains("（SM3）");
        // the witnessed head went to the external endpoint, with its cosignatures
        await("树头推送到外部地址", () -> pushed.stream().anyMatch(p -> p.get("treeHead").get("treeSize").asLong()
                >= sizeAfterItem && p.get("cosignatures").size() == 2));

        TestApi.Response rotated = TestApi.as(port, "secadmin").post("/api/evidence/log/keys/rotate",
                Map.of("reason", "年度轮换（测试）"));
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKey = rotated.json().get("keyId").asString();
        awaitWitnessed();
        assertThat(WitnessProcess.cli("status", "--data-dir", w1.dir.toString())).contains("告警 / alarms: 0");

        // restart zhifa and one witness; the log goes on and everything still verifies
        zhifa.close();
        w1.stop();
        w1.start();
        startZhifa(witnesses);
        long second = upload(EvidenceApiTest.randomBytes(20_000, 1802), plate);
        awaitWitnessed();
        Path allLogKeys = Files.writeString(dir.resolve("log-keys.pem"), logKey.publicPem()
                + TestApi.anonymous(port).get("/api/public/evidence/log/public-key?keyId=" + newKey).body());
        String[] pinnedAll = {allLogKeys.toString(), "--witness", w1.publicKeyFile().toString(), "--witness",
                w2.publicKeyFile().toString(), "--quorum", "2", "--tsa-cert", tsaCertificate.toString()};
        Verified afterRestart = verify(videoFile, proof(item, ""), pinnedAll);
        assertThat(afterRestart.code()).as(afterRestart.output()).isEqualTo(EvidenceVerifier.OK);
        assertThat(EvidenceHttp.JSON.readTree(proof(item, "")).get("treeHead").get("keyId").asString())
                .isEqualTo(newKey);
        assertThat(verify(videoFile, honestProof, pinnedAll).code()).isEqualTo(EvidenceVerifier.OK);
        assertThat(WitnessProcess.status(w1.dir)).isZero();
        assertThat(WitnessProcess.status(w2.dir)).isZero();
        assertThat(second).isPositive();

        // ---- the hostile operator ----
        String originalTitle = jdbc().sql("select title from evidence_item where id = ?").param(item)
                .query(String.class).single();
        rewrite(item, "现场执法记录仪视频（已改写）");
        assertThat(originalTitle).isNotEqualTo("现场执法记录仪视频（已改写）");
        // the rewritten log is consistent in itself: zhifa's own self-audit of leaves, nodes and signatures passes
        // those checks; only what others hold contradicts it
        upload(EvidenceApiTest.randomBytes(10_000, 1803), plate);

        await("两个见证人都发出告警", () -> WitnessProcess.status(w1.dir) == 1 && WitnessProcess.status(w2.dir) == 1);
        for (WitnessProcess w : witnesses) {
            String status = WitnessProcess.cli("status", "--data-dir", w.dir.toString());
            assertThat(status).containsAnyOf("[INCONSISTENT]", "[SPLIT_VIEW]");
            // it kept cosigning nothing after the rewrite: its latest cosigned head is an honest one
            JsonNode cosigned = EvidenceHttp.JSON.readTree(Files.readString(w.dir.resolve("cosigned.json")));
            long cosignedSize = cosigned.get("head").get("treeSize").asLong();
            assertThat(cosignedSize).isGreaterThanOrEqualTo(sizeAfterItem);
        }
        await("zhifa 记录见证人拒绝联署的告警", () -> jdbc().sql(
                "select count(*) from evidence_integrity_alarm where kind = 'WITNESS_REFUSED'").query(Long.class)
                .single() > 0);
        assertThat(zhifa.getBean(SelfAudit.class).run("test").orElseThrow().findings())
                .anySatisfy(f -> assertThat(f.kind()).isEqualTo("COSIGNATURE_CONTRADICTS_LOG"));

        // the rewritten item's new proof: signed by the key on disk, but no witness cosigned its head
        byte[] forgedProof = proof(item, "");
        assertThat(EvidenceHttp.JSON.readTree(forgedProof).get("metadata").get("contentText").asString())
                .contains("（已改写）");
        Verified operatorOnly = verify(videoFile, forgedProof, allLogKeys.toString());
        assertThat(operatorOnly.output()).contains("[提示 NOTE] 未指定见证人公钥");
        Verified rejected = verify(videoFile, forgedProof, pinnedAll);
        assertThat(rejected.code()).as(rejected.output()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(rejected.output()).contains("[失败 FAIL] 见证人联署达到法定数：有效 0 个，要求 2 个");

        // nor can the honest cosignatures be pasted onto the rewritten head of the same size
        long honestSize = honest.get("treeHead").get("treeSize").asLong();
        ObjectNode pasted = (ObjectNode) EvidenceHttp.JSON.readTree(proof(item, "?treeSize=" + honestSize));
        pasted.set("cosignatures", honest.get("cosignatures"));
        Verified pastedResult = verify(videoFile, EvidenceHttp.JSON.writeValueAsBytes(pasted), pinnedAll);
        assertThat(pastedResult.code()).as(pastedResult.output()).isEqualTo(EvidenceVerifier.FAILED);
        assertThat(pastedResult.output()).contains("[失败 FAIL] 见证人 ")
                // and the head's timestamp, taken when the honest head was signed, does not fit the re-signed head
                .contains("[失败 FAIL] 树头的 RFC 3161 时间戳有效");

        // the proof issued before the rewrite, which the witnesses cosigned, still verifies: the two contradict
        // each other, and only the witnessed one stands
        assertThat(verify(videoFile, honestProof, pinnedAll).code()).isEqualTo(EvidenceVerifier.OK);
    }

    /**
     * What the operator did in issue 18, as a database superuser with the key file: the title changed, the METADATA
     * leaf recomputed from the new text (same logging time), every tree node recomputed, every head re-signed with the
     * key on disk, and the head export rewritten to match.
     */
    private void rewrite(long item, String title) throws Exception {
        JdbcClient jdbc = jdbc();
        EmbeddedDatabase database = zhifa.getBean(EmbeddedDatabase.class);
        LogKeyPair disk = LogKeyPair.load(data.resolve("keys/evidence-log-sm2.pem"));
        Superuser.inTransaction(database, su -> {
            su.sql("set local session_replication_role = replica").update();
            su.sql("update evidence_item set title = ? where id = ?").params(title, item).update();
        });
        byte[] text = zhifa.getBean(EvidenceRecords.class).find(item).orElseThrow().canonicalMetadata()
                .getBytes(StandardCharsets.UTF_8);
        long index = jdbc.sql("select leaf_index from evidence_log_leaf where evidence_id = ? and kind = 'METADATA'")
                .param(item).query(Long.class).single();
        List<byte[]> leaves = new ArrayList<>(jdbc.sql("select leaf from evidence_log_leaf order by leaf_index")
                .query(byte[].class).list());
        EvidenceLeaf old = EvidenceLeaf.decode(leaves.get((int) index));
        EvidenceLeaf forged = new EvidenceLeaf(LeafKind.METADATA, item, text.length, Sm3.digest(text),
                MessageDigest.getInstance("SHA-256").digest(text), old.timestampMillis());
        leaves.set((int) index, forged.encode());
        Map<MerkleMath.NodeKey, byte[]> nodes = new HashMap<>();
        PerfectNodes lookup = (level, i) -> nodes.get(new MerkleMath.NodeKey(level, i));
        for (int i = 0; i < leaves.size(); i++) {
            for (MerkleMath.StoredNode n : MerkleMath.nodesCompletedBy(i, LogHash.leaf(leaves.get(i)), lookup)) {
                nodes.put(new MerkleMath.NodeKey(n.level(), n.index()), n.hash());
            }
        }
        List<long[]> heads = jdbc.sql("select id, tree_size, issued_at_ms from evidence_log_head order by id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        List<TreeHead> resigned = new ArrayList<>();
        Superuser.inTransaction(database, su -> {
            su.sql("set local session_replication_role = replica").update();
            su.sql("update evidence_log_leaf set leaf = ? where leaf_index = ?").params(forged.encode(), index)
                    .update();
            su.sql("delete from evidence_log_node").update();
            nodes.forEach((k, h) -> su.sql("insert into evidence_log_node (level, node_index, hash) values (?, ?, ?)")
                    .params(k.level(), k.index(), h).update());
            for (long[] h : heads) {
                TreeHead head = disk.signHead(h[1], MerkleMath.root(lookup, h[1]), h[2]);
                su.sql("""
                        update evidence_log_head set version = 2, root_hash = ?, signature = ?, key_id = ? where id = ?
                        """).params(head.rootHash(), head.signature(), head.keyId(), h[0]).update();
                resigned.add(head);
            }
        });
        Path export = data.resolve("evidence/sth-export.log");
        StringBuilder lines = new StringBuilder();
        for (TreeHead h : resigned) {
            lines.append(EvidenceHttp.JSON.writeValueAsString(ProofBundle.Head.of(h))).append('\n');
        }
        Files.writeString(export, lines);
    }
}
