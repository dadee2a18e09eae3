package org.zhifa.documents.verify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of checking a sealed OFD.
 *
 * @param sm3        SM3 of the whole file, hex
 * @param facts      the document's facts as the OFD states them (文号, 出具单位, 日期, 核验地址), from its DocInfo
 * @param signatures each electronic seal signature of the file
 * @param problems   problems that are not about one signature (unprotected files, no signature)
 */
public record SealReport(String sm3, Map<String, String> facts, List<Signature> signatures, List<String> problems) {

    /**
     * One seal signature.
     *
     * @param sealName   the seal's name
     * @param signer     subject of the signer's certificate
     * @param keyId      SM3 of the signer's public key, hex
     * @param signedAt   signing time as signed
     * @param checks     the checks, in order
     */
    public record Signature(String sealName, String signer, String keyId, Instant signedAt, List<SealCheck> checks) {

        public boolean valid() {
            return checks.stream().allMatch(SealCheck::passed);
        }
    }

    /** True when the file has at least one seal signature, every check holds and no file is left unprotected. */
    public boolean valid() {
        return !signatures.isEmpty() && problems.isEmpty() && signatures.stream().allMatch(Signature::valid);
    }
}
