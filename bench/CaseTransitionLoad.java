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
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transitions per second under C concurrent clients: each client owns one case in 调查取证 and records 现场笔录 on it
 * (POST /api/cases/{id}/transitions/record-site with every fact of the record: day, start and end time, place, the
 * two officers present, the recorder, credentials shown, what was found; the step runs the two-officer and recusal
 * guards, issues the PDF with its number and SM3, and writes the step), carrying the returned version forward.
 * Usage: java CaseTransitionLoad.java BASE TOKEN CONCURRENCY SECONDS
 */
public class CaseTransitionLoad {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"caseNumber\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern OFFICER = Pattern.compile("\"officerId\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String list = get(client, base + "/api/cases?state=INVESTIGATION&unitId=11&size=" + concurrency, token);
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(list);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.size() < concurrency) {
            throw new IllegalStateException("only " + ids.size() + " cases in 调查取证 found");
        }
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> futures = new ArrayList<>();
        for (long id : ids) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                String detail = get(client, base + "/api/cases/" + id, token);
                Matcher vm = VERSION.matcher(detail);
                int version = vm.find() ? Integer.parseInt(vm.group(1)) : 0;
                Matcher om = OFFICER.matcher(detail);
                List<String> officers = new ArrayList<>();
                while (om.find() && officers.size() < 2) {
                    officers.add(om.group(1));
                }
                String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
                while (System.nanoTime() < end) {
                    String body = "{\"version\":" + version + ",\"actedOn\":\"" + today + "\",\"startTime\":\"09:00\","
                            + "\"endTime\":\"09:20\",\"place\":\"基准测试检查地点\",\"officerIds\":[" + String.join(",", officers)
                            + "],\"recorderId\":" + officers.get(0) + ",\"credentialsShown\":true,"
                            + "\"content\":\"基准测试现场笔录\"}";
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/cases/" + id + "/transitions/record-site"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    Matcher v = VERSION.matcher(r.body());
                    if (r.statusCode() == 200 && v.find()) {
                        version = Integer.parseInt(v.group(1));
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = t1 - t0;
                    } else {
                        refused.incrementAndGet();
                        if (refused.get() < 3) {
                            System.err.println(r.statusCode() + " " + r.body());
                        }
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[] all = new long[0];
        for (var f : futures) {
            long[] l = f.get();
            long[] merged = Arrays.copyOf(all, all.length + l.length);
            System.arraycopy(l, 0, merged, all.length, l.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p95 = all.length == 0 ? 0 : all[(int) (all.length * 0.95)] / 1e6;
        System.out.printf("%-44s %8.1f transitions/s  p50 %7.1f ms  p95 %7.1f ms  (%d ok, %d failed, %d clients)%n",
                "POST …/transitions/record-site", all.length / (double) seconds, p50, p95, all.length,
                refused.get(), concurrency);
    }

    private static String get(HttpClient client, String url, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
