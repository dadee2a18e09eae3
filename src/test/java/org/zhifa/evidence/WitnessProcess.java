package org.zhifa.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.zhifa.evidence.log.LogKeyPair;
import org.zhifa.evidence.witness.WitnessMain;
import org.zhifa.testsupport.FreePorts;

/**
 * A witness run as its own operating-system process, as another body would run it: {@code zhifa witness run} from the
 * test's class path (the same classes as the jar), its own data directory, listening on a port of this machine.
 */
final class WitnessProcess implements AutoCloseable {

    final Path dir;
    final int port;
    private final List<String> extra;
    private Process process;
    private Path output;

    private WitnessProcess(Path dir, int port, List<String> extra) {
        this.dir = dir;
        this.port = port;
        this.extra = extra;
    }

    /** {@code witness init} (in this JVM: it only writes the data directory), then the process is started by start(). */
    static WitnessProcess init(Path dir, String name, Path logKeyPem, String logId, String logUrl, List<String> runArgs)
            throws IOException {
        String out = cli("init", "--data-dir", dir.toString(), "--name", name, "--log-key", logKeyPem.toString(),
                "--log-id", logId, "--log-url", logUrl);
        if (!out.contains("见证人已初始化")) {
            throw new IllegalStateException(out);
        }
        return new WitnessProcess(dir, FreePorts.next(), runArgs);
    }

    /** Runs a witness command in this JVM and returns its output. */
    static String cli(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        WitnessMain.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
    }

    static int status(Path dir) {
        return WitnessMain.run(new String[] {"status", "--data-dir", dir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path publicKeyFile() throws IOException {
        Path f = dir.resolveSibling(dir.getFileName() + "-public.pem");
        if (!Files.exists(f)) {
            Files.writeString(f, LogKeyPair.load(dir.resolve("witness-sm2.pem")).publicPem());
        }
        return f;
    }

    String keyId() throws IOException {
        return LogKeyPair.load(dir.resolve("witness-sm2.pem")).keyId();
    }

    void start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.zhifa.ZhifaApplication", "witness", "run",
                "--data-dir", dir.toString(), "--listen", "127.0.0.1:" + port));
        cmd.addAll(extra);
        output = Files.createTempFile(dir.getParent(), dir.getFileName() + "-", ".out");
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(output).contains("witness listening on")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("见证进程未能启动：" + Files.readString(output));
            }
            Thread.sleep(100);
        }
    }

    String output() throws IOException {
        return output == null ? "" : Files.readString(output);
    }

    /** Stops the process as an operator would (SIGTERM): the witness releases its lock and exits. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
