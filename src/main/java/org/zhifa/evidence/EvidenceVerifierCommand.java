package org.zhifa.evidence;

import org.zhifa.evidence.verify.EvidenceVerifier;

/**
 * Entry point of {@code java -jar zhifa.jar verify-evidence <file> <proof.json> <public-key.pem | fingerprint>...}:
 * checks an evidence file, its inclusion in the transparency log and the SM2 signature of the tree head with a log key
 * the user pinned beforehand, offline and without starting the application. Returns the process exit code (0
 * verified, 1 failed, 2 usage or input error, including a missing pinned key).
 */
public final class EvidenceVerifierCommand {

    private EvidenceVerifierCommand() {
    }

    public static int run(String[] args) {
        return EvidenceVerifier.run(args, System.out);
    }
}
