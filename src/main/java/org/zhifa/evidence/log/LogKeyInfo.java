package org.zhifa.evidence.log;

import java.util.HexFormat;

/**
 * A log key as published ({@code GET /api/public/evidence/log/keys}, docs/evidence-log.md §4.4): its public key, the key
 * it succeeded and, when that key endorsed it, the {@link KeyTransition} signature. Whoever trusts the previous key can
 * check the endorsement and so come to trust this one; a key without endorsement (it replaced a lost key) must be
 * pinned by hand.
 *
 * @param keyId         SM3 of the DER public key, hex
 * @param publicKeyPem  the public key
 * @param previousKeyId the key it succeeded, or null for the first key
 * @param endorsement   the previous key's SM2 signature over the key transition statement, hex, or null
 * @param endorsedAt    the statement's timestamp, milliseconds since the epoch, or null
 * @param reason        why the key was introduced
 */
public record LogKeyInfo(String keyId, String publicKeyPem, String previousKeyId, String endorsement, Long endorsedAt,
        String reason) {

    /** The public key, checked to be the one {@link #keyId} names. */
    public LogKeyPair.Verifier verifier() {
        LogKeyPair.Verifier v = LogKeyPair.Verifier.fromPublicPem(publicKeyPem);
        if (keyId != null && !v.keyId().equals(keyId.trim())) {
            throw new IllegalArgumentException("公钥与其标识不符 / public key does not match its key id " + keyId);
        }
        return v;
    }

    /** Whether {@code previous} (the key this one claims to succeed) signed the transition to this key. */
    public boolean endorsedBy(LogKeyPair.Verifier previous) {
        if (endorsement == null || endorsedAt == null || previousKeyId == null
                || !previous.keyId().equals(previousKeyId.trim())) {
            return false;
        }
        byte[] statement = KeyTransition.signedBytes(previous.keyId(), verifier().keyId(), endorsedAt);
        return previous.verify(statement, HexFormat.of().parseHex(endorsement));
    }
}
