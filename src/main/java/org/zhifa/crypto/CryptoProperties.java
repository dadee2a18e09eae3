package org.zhifa.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys. Where a key is not given it is generated once and kept under {@code zhifa.db.data-dir}/keys
 * (fine for one instance; several instances must share the same configured key).
 *
 * @param sm4Key hex SM4 key (32 hex characters) for personal data at rest (GB/T 39786-2021 三级 机密性)
 */
@ConfigurationProperties("zhifa.crypto")
public record CryptoProperties(String sm4Key) {
}
