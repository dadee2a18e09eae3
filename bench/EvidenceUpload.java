import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Uploads one file through zhifa's chunked evidence API (8 MB chunks by default, as the browser does) and prints
 * the elapsed time and throughput. No dependencies: run with {@code java bench/EvidenceUpload.java BASE TOKEN FILE [CHUNK_MB]}.
 */
public class EvidenceUpload {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        Path file = Path.of(args[2]);
        long chunk = (args.length > 3 ? Long.parseLong(args[3]) : 8) * 1024 * 1024;
        long size = java.nio.file.Files.size(file);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        HttpResponse<String> open = http.send(HttpRequest.newBuilder(URI.create(base + "/api/evidence/uploads"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fileName\":\"" + file.getFileName()
                        + "\",\"mediaType\":\"video/mp4\",\"size\":" + size + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String id = open.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        for (long offset = 0; offset < size; offset += chunk) {
            long length = Math.min(chunk, size - offset);
            long from = offset;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/evidence/uploads/" + id + "/chunks?offset=" + offset))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> slice(file, from, length)), length))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("chunk at " + offset + ": " + r.statusCode() + " " + r.body());
            }
        }
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/evidence/uploads/" + id + "/complete"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"AUDIO_VIDEO\",\"title\":\"基准测试视频（虚构）\","
                        + "\"collectedAt\":\"2025-03-01T09:00:00\",\"continuousRecording\":true,"
                        + "\"links\":[{\"targetType\":\"VEHICLE\",\"targetId\":\"BENCH-VEHICLE\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (done.statusCode() != 201) {
            throw new IllegalStateException("complete: " + done.statusCode() + " " + done.body());
        }
        String evidenceId = done.body().replaceAll("^\\{\"id\":(\\d+).*", "$1");
        System.out.printf("upload_seconds=%.2f%nupload_mb_per_s=%.1f%nevidence_id=%s%n", seconds,
                size / 1048576.0 / seconds, evidenceId);
    }

    private static InputStream slice(Path file, long offset, long length) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            ch.position(offset);
            InputStream in = Channels.newInputStream(ch);
            return new InputStream() {
                long left = length;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    left--;
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = in.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
