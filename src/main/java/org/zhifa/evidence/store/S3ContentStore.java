package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.zhifa.common.NotFoundException;

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO and the like), keyed {@code ab/cd/abcd…} by the SM3 hex digest as
 * in the local store. Requests are signed with {@link SigV4Signer} over the JDK HTTP client. Uploads are streamed from
 * a file with their Content-Length and their SHA-256 as signed payload hash, so the store rejects a body altered in
 * transit and nothing is held in memory. Write-once: a PUT happens only after a HEAD found no object, and carries
 * {@code If-None-Match: *} so that a store supporting conditional writes refuses a concurrent second writer too.
 */
public final class S3ContentStore implements ContentStore {

    private final URI endpoint;
    private final String bucket;
    private final boolean pathStyle;
    private final Path staging;
    private final SigV4Signer signer;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param endpoint  e.g. {@code http://127.0.0.1:9000} or {@code https://s3.us-east-1.amazonaws.com}
     * @param pathStyle {@code true}: {@code endpoint/bucket/key} (MinIO); {@code false}: {@code bucket.endpoint/key}
     * @param staging   directory for temporary files of {@link #put(InputStream)}
     */
    public S3ContentStore(URI endpoint, String region, String bucket, String accessKey, String secretKey,
            boolean pathStyle, Path staging, Clock clock) throws IOException {
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.pathStyle = pathStyle;
        this.staging = staging;
        this.signer = new SigV4Signer(accessKey, secretKey, region, "s3");
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Files.createDirectories(staging);
    }

    static String keyOf(String sm3Hex) {
        if (sm3Hex == null || !sm3Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an SM3 hex digest");
        }
        return sm3Hex.substring(0, 2) + "/" + sm3Hex.substring(2, 4) + "/" + sm3Hex;
    }

    @Override
    public Path stagingDirectory() {
        return staging;
    }

    @Override
    public void adopt(Path stagedFile, ContentDigest digest) throws IOException {
        String key = keyOf(digest.sm3Hex());
        if (!exists(digest.sm3Hex())) {
            HttpRequest.Builder b = request("PUT", key, Map.of(), digest.sha256Hex())
                    .header("If-None-Match", "*")
                    .method("PUT", HttpRequest.BodyPublishers.ofFile(stagedFile));
            HttpResponse<String> r = send(b.build(), HttpResponse.BodyHandlers.ofString());
            // 412: another writer stored the same content in between; content addressing makes it the same object.
            if (r.statusCode() != 200 && r.statusCode() != 412) {
                throw failure("PUT", key, r.statusCode());
            }
        }
        Files.deleteIfExists(stagedFile);
    }

    @Override
    public void replace(Path stagedFile, ContentDigest digest) throws IOException {
        String key = keyOf(digest.sm3Hex());
        // Unconditional PUT: the object under this name is damaged and these bytes were checked against the log.
        HttpRequest.Builder b = request("PUT", key, Map.of(), digest.sha256Hex())
                .method("PUT", HttpRequest.BodyPublishers.ofFile(stagedFile));
        HttpResponse<String> r = send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw failure("PUT", key, r.statusCode());
        }
        Files.deleteIfExists(stagedFile);
    }

    @Override
    public boolean exists(String sm3Hex) throws IOException {
        return head(sm3Hex) >= 0;
    }

    @Override
    public long size(String sm3Hex) throws IOException {
        long size = head(sm3Hex);
        if (size < 0) {
            throw new NotFoundException("证据文件不存在：" + sm3Hex);
        }
        return size;
    }

    /** The object's size from a HEAD, or -1 when there is none. */
    private long head(String sm3Hex) throws IOException {
        String key = keyOf(sm3Hex);
        HttpRequest req = request("HEAD", key, Map.of(), SigV4Signer.EMPTY_SHA256)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<Void> r = send(req, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 404) {
            return -1;
        }
        if (r.statusCode() != 200) {
            throw failure("HEAD", key, r.statusCode());
        }
        return r.headers().firstValueAsLong("Content-Length")
                .orElseThrow(() -> new IOException("S3 存储对 HEAD " + key + " 的应答缺少 Content-Length（HTTP 200）"));
    }

    @Override
    public InputStream open(String sm3Hex, long offset) throws IOException {
        String key = keyOf(sm3Hex);
        String range = "bytes=" + offset + "-";
        HttpRequest req = request("GET", key, Map.of("Range", range), SigV4Signer.EMPTY_SHA256)
                .header("Range", range).GET().build();
        HttpResponse<InputStream> r = send(req, HttpResponse.BodyHandlers.ofInputStream());
        int status = r.statusCode();
        if (status == 200 || status == 206) {
            return r.body();
        }
        r.body().close();
        if (status == 404) {
            throw new NotFoundException("证据文件不存在：" + sm3Hex);
        }
        if (status == 416 && offset >= size(sm3Hex)) {
            // Reading from the end (or beyond) gives nothing, as with a local file.
            return InputStream.nullInputStream();
        }
        throw failure("GET", key, status);
    }

    @Override
    public String describe() {
        return "S3 兼容存储 " + endpoint + " 存储桶 " + bucket;
    }

    private HttpRequest.Builder request(String method, String key, Map<String, String> extra, String payloadSha256) {
        StringBuilder path = new StringBuilder(endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
        while (path.length() > 0 && path.charAt(path.length() - 1) == '/') {
            path.setLength(path.length() - 1);
        }
        String authority = endpoint.getRawAuthority();
        if (pathStyle) {
            path.append('/').append(SigV4Signer.encodeSegment(bucket));
        } else {
            authority = bucket + "." + authority;
        }
        for (String segment : key.split("/")) {
            path.append('/').append(SigV4Signer.encodeSegment(segment));
        }
        URI uri = URI.create(endpoint.getScheme() + "://" + authority + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        // The JDK client sends Host as host[:port] of the URI; sign exactly that.
        signer.sign(method, hostHeader(uri), path.toString(), "", extra, payloadSha256, clock.instant())
                .forEach(b::header);
        return b;
    }

    private static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(req, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("S3 存储请求被中断：" + req.method() + " " + req.uri(), e);
        } catch (IOException e) {
            throw new IOException("无法连接 S3 存储 " + endpoint + "：" + e.getMessage(), e);
        }
    }

    private IOException failure(String method, String key, int status) {
        return new IOException("S3 存储请求失败：" + method + " " + bucket + "/" + key + " 返回 HTTP " + status);
    }
}
