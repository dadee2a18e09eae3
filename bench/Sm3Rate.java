import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Single-core SM3 rate of the library the application uses (BouncyCastle), over 256 KB buffers as the upload path
 * feeds them: the reference for the evidence upload figure. Run with the application's classpath:
 * {@code java -cp CLASSPATH bench/Sm3Rate.java SECONDS}; prints {@code sm3_mb_per_s=…}.
 */
public class Sm3Rate {

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        byte[] buffer = new byte[256 * 1024];
        new java.util.SplittableRandom(6).nextBytes(buffer);
        byte[] out = new byte[32];
        SM3Digest d = new SM3Digest();
        long warm = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warm) {
            d.update(buffer, 0, buffer.length);
        }
        long bytes = 0;
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long now;
        while ((now = System.nanoTime()) < end) {
            d.update(buffer, 0, buffer.length);
            bytes += buffer.length;
        }
        d.doFinal(out, 0);
        System.out.printf("sm3_mb_per_s=%.1f%n", bytes / 1048576.0 / ((now - t0) / 1e9));
    }
}
