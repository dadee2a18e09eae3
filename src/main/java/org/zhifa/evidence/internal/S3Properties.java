package org.zhifa.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.zhifa.evidence.store.S3ContentStore;

/**
 * The S3-compatible evidence store, used when {@code zhifa.evidence.store=s3}.
 *
 * @param endpoint  service address, e.g. {@code http://127.0.0.1:9000} (MinIO) or
 *                  {@code https://s3.us-east-1.amazonaws.com}
 * @param region    signing region
 * @param bucket    the bucket holding the objects (created beforehand; the application never deletes from it)
 * @param accessKey access key id
 * @param secretKey secret access key
 * @param pathStyle {@code endpoint/bucket/key} when true, {@code bucket.endpoint/key} (virtual-hosted) when false
 * @param partSize  objects larger than this go up as a multipart upload in parts of this size (5 MB to 5 GB)
 */
@ConfigurationProperties("zhifa.evidence.s3")
public record S3Properties(String endpoint, String region, String bucket, String accessKey, String secretKey,
        Boolean pathStyle, DataSize partSize) {

    public S3Properties {
        if (region == null || region.isBlank()) {
            // AWS: us-east-1 is the default region; MinIO accepts it unless told otherwise
            region = "us-east-1";
        }
        if (pathStyle == null) {
            // MinIO and most self-hosted S3-compatible stores address buckets by path
            pathStyle = true;
        }
        if (partSize == null) {
            // 64 MB: 10,000 parts cover 625 GB before the part size has to grow; a part is retried on its own and
            // held by nothing but the file. AWS allows 5 MB to 5 GB per part and 5 GB in one PUT.
            partSize = DataSize.ofMegabytes(64);
        }
        if (partSize.toBytes() < S3ContentStore.MIN_PART_BYTES || partSize.toBytes() > S3ContentStore.MAX_PART_BYTES) {
            throw new IllegalArgumentException("zhifa.evidence.s3.part-size=" + partSize
                    + " 不在允许范围内：S3 分段上传的分段须在 5MB 至 5GB 之间");
        }
    }

    /** The names of the required settings that are not set. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (endpoint == null || endpoint.isBlank()) {
            missing.add("zhifa.evidence.s3.endpoint");
        }
        if (bucket == null || bucket.isBlank()) {
            missing.add("zhifa.evidence.s3.bucket");
        }
        if (accessKey == null || accessKey.isBlank()) {
            missing.add("zhifa.evidence.s3.access-key");
        }
        if (secretKey == null || secretKey.isBlank()) {
            missing.add("zhifa.evidence.s3.secret-key");
        }
        return missing;
    }
}
