package org.zhifa.evidence.witness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhifa.evidence.log.InMemoryNodes;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.log.MerkleMath;
import org.zhifa.evidence.log.ProofBundle;
import org.zhifa.evidence.log.TreeHead;

/**
 * Benchmark of a witness process (bench/evidence-witness-bench.sh): a log held here grows by a batch of leaves at a
 * time, signs each head and submits it to the witness at {@code url} with the consistency proof from the previous
 * head, as zhifa does; prints the cosigning rate and latencies. Not a test.
 *
 * <pre>WitnessBench init WITNESS_DIR LOG_KEY_FILE | run URL LOG_KEY_FILE HEADS LEAVES_PER_HEAD</pre>
 */
public final class WitnessBench {

    private WitnessBench() {
    }

    public static void main(String[] args) throws Exception {
        if ("init".equals(args[0])) {
            LogKeyPair log = LogKeyPair.generate();
            log.writeNew(Path.of(args[2]));
            Path pub = Files.writeString(Path.of(args[2] + ".pub"), log.publicPem());
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int code = WitnessMain.run(new String[] {"init", "--data-dir", args[1], "--name", "基准测试见证人（虚构）",
                    "--log-key", pub.toString(), "--log-id", log.keyId()}, new PrintStream(buf, true,
                    StandardCharsets.UTF_8));
            if (code != 0) {
                throw new IllegalStateException(buf.toString(StandardCharsets.UTF_8));
            }
            return;
        }
        String url = args[1];
        LogKeyPair log = LogKeyPair.load(Path.of(args[2]));
        int heads = Integer.parseInt(args[3]);
        int perHead = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newHttpClient();
        InMemoryNodes tree = new InMemoryNodes();
        long previous = 0;
        long[] nanos = new long[heads];
        long t0 = System.nanoTime();
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < perHead; i++) {
                tree.append(("bench leaf " + tree.size()).getBytes(StandardCharsets.UTF_8));
            }
            TreeHead head = log.signHead(tree.size(), tree.root(), System.currentTimeMillis());
            List<String> proof = previous == 0 ? List.of()
                    : MerkleMath.consistencyProof(tree, previous, tree.size()).stream().map(HexFormat.of()::formatHex)
                            .toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("logId", log.keyId());
            body.put("oldSize", previous);
            body.put("consistencyProof", proof);
            body.put("treeHead", ProofBundle.Head.of(head));
            body.put("keys", List.of());
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/witness/v1/add-head"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WitnessStore.JSON.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            nanos[h] = System.nanoTime() - s;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("head " + h + ": HTTP " + r.statusCode() + " " + r.body());
            }
            previous = tree.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> out = new ArrayList<>();
        out.add(String.format("heads cosigned: %d (tree size %d, %d leaves per head)", heads, tree.size(), perHead));
        out.add(String.format("rate: %.1f heads/s (one client, sequential, including the log's signing here)",
                heads / seconds));
        out.add(String.format("add-head latency: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                Arrays.stream(nanos).average().orElse(0) / 1e6, sorted[heads / 2] / 1e6,
                sorted[(int) (heads * 0.95)] / 1e6, sorted[heads - 1] / 1e6));
        out.forEach(System.out::println);
    }
}
