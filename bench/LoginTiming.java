import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Failed logins with names that have an account and names that have none, interleaved, one at a time: prints the
 * latency of each kind (the answers are the same text; this shows how close the time is). Stays below the lockout
 * (at most 4 failures per name) and logs each demo account in correctly at the end, which clears its count.
 *   java bench/LoginTiming.java BASE_URL ROUNDS PASSWORD
 */
public class LoginTiming {

    static final List<String> KNOWN = List.of("officer1", "officer2", "officer3", "aux1", "reviewer1", "head1", "head0",
            "supervisor1");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Math.min(4, Integer.parseInt(args[1]));
        String password = args[2];
        HttpClient client = HttpClient.newHttpClient();
        String run = Long.toString(System.nanoTime(), 36);
        List<Double> known = new ArrayList<>();
        List<Double> unknown = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < KNOWN.size(); i++) {
                known.add(attempt(client, base, KNOWN.get(i), "Wrong#Pass9"));
                unknown.add(attempt(client, base, "bench-nobody-" + run + "-" + i, "Wrong#Pass9"));
            }
        }
        for (String name : KNOWN) {
            attempt(client, base, name, password);
        }
        print("name with an account   ", known);
        print("name without an account", unknown);
    }

    static double attempt(HttpClient client, String base, String username, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build();
        long t = System.nanoTime();
        client.send(request, HttpResponse.BodyHandlers.ofString());
        return (System.nanoTime() - t) / 1e6;
    }

    static void print(String label, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("%s  n=%d  mean %.1f ms  median %.1f ms  p95 %.1f ms%n", label, sorted.size(), mean,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
