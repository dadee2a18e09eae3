package org.zhifa.evidence;

import org.zhifa.evidence.witness.WitnessMain;

/**
 * Entry point of {@code java -jar zhifa.jar witness …}: a witness of an evidence log run by another body (the
 * prefecture supervision bureau, the provincial department, a notary) with its own data directory and SM2 key,
 * without starting zhifa's web application or needing its database. Returns the process exit code.
 */
public final class WitnessCommand {

    private WitnessCommand() {
    }

    public static int run(String[] args) {
        return WitnessMain.run(args, System.out);
    }
}
