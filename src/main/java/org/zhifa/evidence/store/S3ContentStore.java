package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.zhifa.common.NotFoundException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO and the like) through the AWS SDK for Java v2, keyed
 * {@code ab/cd/abcd…} by the SM3 hex digest as in the local store.
 *
 * <p>Write-once: an object is written only after a HEAD found none, and the write carries {@code If-None-Match: *} so
 * that a store supporting conditional writes (AWS S3 since 2024, MinIO) also refuses a concurrent second writer; its
 * 412 means the same content was stored in between, which content addressing makes the same object. Every upload
 * carries the SHA-256 of its bytes ({@code x-amz-checksum-sha256}), so the store refuses a body altered in transit.
 * Objects larger than the part size go up as a multipart upload (AWS takes at most 5 GB in one PUT), each part with
 * its own SHA-256; a failed multipart upload is aborted so that no parts are left behind.
 */
public final class S3ContentStore implements ContentStore, AutoCloseable {

    /** AWS: every part except the last is at least 5 MiB. */
    public static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    /** AWS: a part is at most 5 GiB. */
    public static final long MAX_PART_BYTES = 5L * 1024 * 1024 * 1024;
    /** AWS: an upload has at most 10,000 parts. */
    static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final String description;
    private final long partBytes;
    private final Path staging;

    /**
     * @param s3        the client (closed with this store)
     * @param partBytes the part size of multipart uploads and the largest object sent in one PUT
     * @param staging   directory for temporary files of {@link #put(InputStream)}
     */
    public S3ContentStore(S3Client s3, String bucket, String description, long partBytes, Path staging)
            throws IOException {
        if (partBytes < MIN_PART_BYTES || partBytes > MAX_PART_BYTES) {
            throw new IllegalArgumentException("S3 分段上传的分段大小须在 5 MB 至 5 GB 之间：" + partBytes);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.description = description;
        this.partBytes = partBytes;
        this.staging = staging;
        Files.createDirectories(staging);
    }

    /**
     * A store on the SDK's S3 client over the JDK's HTTP connection.
     *
     * @param endpoint  e.g. {@code http://127.0.0.1:9000} or {@code https://s3.us-east-1.amazonaws.com}
     * @param pathStyle {@code true}: {@code endpoint/bucket/key} (MinIO); {@code false}: {@code bucket.endpoint/key}
     */
    public static S3ContentStore connect(URI endpoint, String region, String bucket, String accessKey,
            String secretKey, boolean pathStyle, long partBytes, Path staging) throws IOException {
        S3Client client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(pathStyle)
                // The SHA-256 of every upload is set by this class; the SDK's own CRC trailers are not understood by
                // every S3-compatible store.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofMinutes(2)))
                .build();
        return new S3ContentStore(client, bucket, "S3 兼容存储 " + endpoint + " 存储桶 " + bucket, partBytes, staging);
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
        if (!exists(digest.sm3Hex())) {
            upload(stagedFile, digest, true);
        }
        Files.deleteIfExists(stagedFile);
    }

    @Override
    public void replace(Path stagedFile, ContentDigest digest) throws IOException {
        // Unconditional: the object under this name is damaged and these bytes were checked against the log.
        upload(stagedFile, digest, false);
        Files.deleteIfExists(stagedFile);
    }

    /** The part size for an object of {@code size} bytes: the setting, or more where 10,000 parts would not do. */
    long partSizeFor(long size) {
        long needed = (size + MAX_PARTS - 1) / MAX_PARTS;
        long part = Math.max(partBytes, ceilToMebibyte(needed));
        if (part > MAX_PART_BYTES) {
            throw new IllegalArgumentException("证据文件过大（" + size + " 字节），超出 S3 分段上传的上限");
        }
        return part;
    }

    private static long ceilToMebibyte(long bytes) {
        long mib = 1024 * 1024;
        return (bytes + mib - 1) / mib * mib;
    }

    private void upload(Path file, ContentDigest digest, boolean onlyIfAbsent) throws IOException {
        String key = keyOf(digest.sm3Hex());
        long size = Files.size(file);
        try {
            if (size <= partBytes) {
                s3.putObject(b -> {
                    b.bucket(bucket).key(key).contentLength(size)
                            .checksumSHA256(base64(HexFormat.of().parseHex(digest.sha256Hex())));
                    if (onlyIfAbsent) {
                        b.ifNoneMatch("*");
                    }
                }, RequestBody.fromFile(file));
            } else {
                multipart(file, key, size, onlyIfAbsent);
            }
        } catch (S3Exception e) {
            if (onlyIfAbsent && e.statusCode() == 412) {
                return; // another writer stored the same content in between
            }
            throw failure("PUT", key, e);
        } catch (SdkException e) {
            throw failure("PUT", key, e);
        }
    }

    private void multipart(Path file, String key, long size, boolean onlyIfAbsent) throws IOException {
        long part = partSizeFor(size);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)).uploadId();
        boolean completed = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<CompletedPart> parts = new ArrayList<>();
            int number = 1;
            for (long offset = 0; offset < size; offset += part, number++) {
                long length = Math.min(part, size - offset);
                String sha256 = base64(sha256(channel, offset, length));
                long from = offset;
                int partNumber = number;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                                .contentLength(length).checksumSHA256(sha256),
                        RequestBody.fromContentProvider(() -> region(channel, from, length), length,
                                "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).checksumSHA256(sha256).build());
            }
            s3.completeMultipartUpload(b -> {
                b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts));
                if (onlyIfAbsent) {
                    b.ifNoneMatch("*");
                }
            });
            completed = true;
        } finally {
            if (!completed) {
                abortQuietly(key, uploadId);
            }
        }
    }

    private void abortQuietly(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException ignored) {
            // The bucket's lifecycle rule for incomplete uploads removes what is left (docs/dependencies.md).
        }
    }

    /** A stream over {@code length} bytes of the file from {@code offset}, not closing the shared channel. */
    private static InputStream region(FileChannel channel, long offset, long length) {
        return new InputStream() {
            private long position = offset;
            private final long end = offset + length;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= end) {
                    return -1;
                }
                int n = channel.read(java.nio.ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        };
    }

    private static byte[] sha256(FileChannel channel, long offset, long length) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = region(channel, offset, length)) {
            byte[] buffer = new byte[65_536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return md.digest();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
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
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return -1;
            }
            throw failure("HEAD", key, e);
        } catch (SdkException e) {
            throw failure("HEAD", key, e);
        }
    }

    @Override
    public InputStream open(String sm3Hex, long offset) throws IOException {
        String key = keyOf(sm3Hex);
        try {
            return s3.getObject(b -> {
                b.bucket(bucket).key(key);
                if (offset > 0) {
                    b.range("bytes=" + offset + "-");
                }
            });
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NotFoundException("证据文件不存在：" + sm3Hex);
            }
            if (e.statusCode() == 416 && offset >= size(sm3Hex)) {
                // Reading from the end (or beyond) gives nothing, as with a local file.
                return InputStream.nullInputStream();
            }
            throw failure("GET", key, e);
        } catch (SdkException e) {
            throw failure("GET", key, e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        s3.close();
    }

    private IOException failure(String method, String key, SdkException e) {
        if (e instanceof S3Exception s) {
            return new IOException("S3 存储请求失败：" + method + " " + bucket + "/" + key + " 返回 HTTP "
                    + s.statusCode() + (s.awsErrorDetails() == null ? "" : "（" + s.awsErrorDetails().errorCode() + "）"),
                    e);
        }
        if (e instanceof SdkClientException) {
            return new IOException("无法连接 S3 存储（" + description + "）：" + e.getMessage(), e);
        }
        return new IOException("S3 存储请求失败：" + method + " " + bucket + "/" + key + "：" + e.getMessage(), e);
    }
}
