package org.zhifa.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test must name before they start (a zhifa instance the witnesses call back, a witness process,
 * an S3 server). A port taken from {@code new ServerSocket(0)} and closed again lies in the system's ephemeral range,
 * where the next server that binds port 0 (the embedded PostgreSQL, a test receiver) may be given the same port before
 * the test's server binds it. These ports come from below the ephemeral range instead, are checked free, and are never
 * handed out twice in one test run.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port on the loopback interface that is free now, outside the ephemeral range, not handed out before. */
    public static synchronized int next() {
        int ephemeralLow = ephemeralLow();
        int low = 10_000;
        int high = Math.max(low + 1_000, ephemeralLow) - 1;
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, high);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("在 " + low + "–" + high + " 之间找不到空闲端口");
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(false);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralLow() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            if (Files.isReadable(range)) {
                return Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: fall back to the IANA dynamic range below
        }
        return 49_152; // not Linux: the IANA dynamic range starts at 49152
    }
}
