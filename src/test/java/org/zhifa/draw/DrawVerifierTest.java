package org.zhifa.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier: consistent draws pass, every kind of tampering is caught. */
class DrawVerifierTest {

    @TempDir
    Path dir;

    private final DrawInput input = new DrawInput("V-1", 2, RandomDrawTest.classRatios(),
            RandomDrawTest.objects(Map.of("A", 100, "B", 60, "C", 20, "D", 5), "DLH"),
            RandomDrawTest.assignees(8, "DLH", "DLH-ZF"), List.of(new DrawConflict("T3", "P2")));
    private final DrawSeed seed = RandomDrawTest.SEED;
    private final DrawResult result = RandomDraw.draw(input, seed);

    private String manifest() {
        return new DrawManifest(input, seed.commitment(), seed, result, List.of()).toJson();
    }

    private int run(String json, String... extra) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        String[] args = new String[extra.length + 1];
        args[0] = file.toString();
        System.arraycopy(extra, 0, args, 1, extra.length);
        return DrawVerifier.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void a_published_draw_is_confirmed_and_the_result_text_is_reproduced_byte_for_byte() throws Exception {
        Path out = dir.resolve("result.txt");
        assertThat(run(manifest(), "--result-out", out.toString())).isEqualTo(DrawVerifier.OK);
        assertThat(Files.readAllBytes(out)).isEqualTo(result.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_changed_candidate_list_is_caught() throws Exception {
        String stratum = input.objects().get(0).stratum();
        String key = input.objects().get(0).key();
        String other = stratum.equals("A") ? "B" : "A";
        String changed = manifest().replace("[\"" + key + "\",\"" + stratum + "\",\"DLH\",[]]",
                "[\"" + key + "\",\"" + other + "\",\"DLH\",[]]");
        assertThat(changed).isNotEqualTo(manifest());
        assertThat(run(changed)).isEqualTo(DrawVerifier.FAILED);
    }

    @Test
    void a_seed_that_does_not_match_the_commitment_is_caught() throws Exception {
        String other = manifest().replace(seed.hex(), "00" + seed.hex().substring(2));
        assertThat(run(other)).isEqualTo(DrawVerifier.FAILED);
    }

    @Test
    void a_changed_result_is_caught() throws Exception {
        var s = result.selections().get(0);
        String changed = manifest().replace("\"object\":\"" + s.objectKey() + "\"", "\"object\":\"T9999\"");
        assertThat(run(changed)).isEqualTo(DrawVerifier.FAILED);
        assertThat(DrawVerifier.verify(DrawManifest.parse(changed)).checks())
                .anyMatch(c -> !c.ok() && c.name().contains("result"));
    }

    @Test
    void before_the_draw_only_the_lists_are_checked() throws Exception {
        String json = new DrawManifest(input, seed.commitment(), null, null, List.of()).toJson();
        assertThat(run(json)).isEqualTo(DrawVerifier.OK);
        assertThat(DrawVerifier.verify(DrawManifest.parse(json)).revealed()).isFalse();
    }

    @Test
    void replacements_are_recomputed() throws Exception {
        var first = result.selections().get(0);
        var reps = RandomDraw.replace(input, seed, result,
                List.of(new RandomDraw.Withdrawal(first.objectKey(), first.assignees().get(1), "回避")));
        String ok = new DrawManifest(input, seed.commitment(), seed, result, reps).toJson();
        assertThat(run(ok)).isEqualTo(DrawVerifier.OK);
        var forged = List.of(new Replacement(first.objectKey(), 1, first.assignees().get(1), "P7".equals(
                reps.get(0).replacement()) ? "P8" : "P7", "回避"));
        assertThat(run(new DrawManifest(input, seed.commitment(), seed, result, forged).toJson()))
                .isEqualTo(DrawVerifier.FAILED);
    }

    @Test
    void wrong_usage_and_unreadable_files_exit_with_2() throws Exception {
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(DrawVerifier.run(new String[0], sink)).isEqualTo(DrawVerifier.USAGE);
        assertThat(DrawVerifier.run(new String[] {dir.resolve("missing.json").toString()}, sink))
                .isEqualTo(DrawVerifier.USAGE);
        assertThat(run("{\"algorithm\":\"other\"}")).isEqualTo(DrawVerifier.USAGE);
        assertThat(run("not json")).isEqualTo(DrawVerifier.USAGE);
    }

    @Test
    void the_manifest_keeps_the_stratum_ratio_as_text() {
        assertThat(manifest()).contains("{\"name\":\"B\",\"ratio\":\"0.1\",\"min\":0}");
        assertThat(new StratumRule("B", new BigDecimal("0.1"), 0).ratioText()).isEqualTo("0.1");
    }
}
