package org.zhifa.evidence.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.zhifa.testsupport.FreePorts;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (Java, Maven Central {@code org.gaul:s3proxy}, copied to
 * {@code target/s3-test-server/s3proxy.jar} by the build) in its own JVM, storing in a temporary directory and checking
 * AWS Signature V4 with the test credentials.
 */
final class S3TestServer implements AutoCloseable {

    static final String ACCESS_KEY = "TESTACCESSKEY";
    static final String SECRET_KEY = "test-secret-key-0123456789";
    static final String REGION = "us-east-1";

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private S3TestServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Starts the server with its data under {@code dir} and waits until it answers. */
    static S3TestServer start(Path dir) throws IOException, InterruptedException {
        Path jar = Paths.get("target", "s3-test-server", "s3proxy.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3 测试服务器缺失：" + jar + "（由 ./mvnw test-compile 从 Maven Central 取得）");
        }
        Path data = Files.createDirectories(dir.resolve("s3-data"));
        int port = FreePorts.next();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Path conf = dir.resolve("s3proxy.conf");
        Files.write(conf, List.of(
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + data,
                "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY));
        Path log = dir.resolve("s3proxy.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3TestServer server = new S3TestServer(process, endpoint, log);
        server.awaitReady(port);
        return server;
    }

    private void awaitReady(int port) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3 测试服务器未能启动：\n" + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("S3 测试服务器 90 秒内未就绪：\n" + Files.readString(log));
    }


    URI endpoint() {
        return endpoint;
    }

    /** A client for preparing buckets and looking at what the store wrote. */
    S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
