import java.nio.file.Files;
import java.nio.file.Path;
import org.zhifa.draw.DrawManifest;
import org.zhifa.draw.DrawResult;
import org.zhifa.draw.RandomDraw;

/**
 * The draw computation alone, in-process, on a published manifest: rebuilding the sorted lists and the header from
 * the manifest (as the verifier does), then the draw itself, each the median of 7 runs after 3 warm-ups.
 * Usage: java -cp <zhifa classes and libs> bench/DrawBench.java manifest.json
 */
public class DrawBench {

    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]));
        long[] parse = new long[7];
        long[] draw = new long[7];
        DrawResult last = null;
        for (int i = -3; i < 7; i++) {
            long t0 = System.nanoTime();
            var p = DrawManifest.parse(json);
            long t1 = System.nanoTime();
            last = RandomDraw.draw(p.input(), p.seed());
            long t2 = System.nanoTime();
            if (i >= 0) {
                parse[i] = t1 - t0;
                draw[i] = t2 - t1;
            }
        }
        java.util.Arrays.sort(parse);
        java.util.Arrays.sort(draw);
        System.out.printf("in-process: manifest → sorted lists + header %.0f ms, draw %.0f ms (medians of 7); "
                + "%d objects drawn, result hash %s%n", parse[3] / 1e6, draw[3] / 1e6, last.selections().size(),
                last.hash());
    }
}
