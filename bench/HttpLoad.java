import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load generator (no dependencies; run with {@code java bench/HttpLoad.java}).
 * Each of C clients sends requests back to back for the given number of seconds; prints throughput and
 * latency percentiles. Only for loopback targets.
 *
 * Usage: java HttpLoad.java NAME METHOD URL CONCURRENCY SECONDS [BODY] [HEADER:VALUE ...]
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: NAME METHOD URL CONCURRENCY SECONDS [BODY|-] [Header:Value ...]");
            System.exit(2);
        }
        String name = args[0];
        String method = args[1];
        URI uri = URI.create(args[2]);
        String host = uri.getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("only loopback targets are allowed: " + host);
        }
        int concurrency = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String body = args.length > 5 && !args[5].equals("-") ? args[5] : null;
        List<String> headers = args.length > 6 ? Arrays.asList(args).subList(6, args.length) : List.of();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.min(5, Math.max(1, seconds / 5))).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong statusErrors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
                    for (String h : headers) {
                        int i = h.indexOf(':');
                        b.header(h.substring(0, i).trim(), h.substring(i + 1).trim());
                    }
                    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() >= 400) {
                            statusErrors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmupEnd) {
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = t1 - t0;
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        for (var f : futures) {
            perClient.add(f.get());
        }
        pool.shutdown();
        int total = perClient.stream().mapToInt(a -> a.length).sum();
        long[] all = new long[total];
        int pos = 0;
        for (long[] a : perClient) {
            System.arraycopy(a, 0, all, pos, a.length);
            pos += a.length;
        }
        Arrays.sort(all);
        System.out.printf("%-28s clients=%d  requests=%d  throughput=%.1f req/s  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  "
                + "http-errors=%d  io-errors=%d%n", name, concurrency, total, total / (double) seconds,
                pct(all, 50), pct(all, 95), pct(all, 99), statusErrors.get(), errors.get());
        System.exit(0);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
