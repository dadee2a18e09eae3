package org.zhifa.draw;

/**
 * Entry point of {@code java -jar zhifa.jar verify-draw <manifest.json> [--result-out <file>]}: recomputes a published
 * draw offline, without starting the application. Returns the process exit code (0 consistent, 1 inconsistent,
 * 2 usage or input error).
 */
public final class DrawVerifierCommand {

    private DrawVerifierCommand() {
    }

    public static int run(String[] args) {
        return DrawVerifier.run(args, System.out);
    }
}
