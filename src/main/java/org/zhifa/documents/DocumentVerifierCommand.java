package org.zhifa.documents;

import org.zhifa.documents.verify.DocumentVerifier;

/**
 * Entry point of {@code java -jar zhifa.jar verify-document <file.ofd> [certificate.pem | public-key.pem]}: checks the
 * GB/T 38540 electronic seals of an OFD issued by zhifa, offline and without starting the application. Returns the
 * process exit code (0 verified, 1 failed, 2 usage or input error).
 */
public final class DocumentVerifierCommand {

    private DocumentVerifierCommand() {
    }

    public static int run(String[] args) {
        return DocumentVerifier.run(args, System.out);
    }
}
