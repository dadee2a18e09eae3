package org.zhifa.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhifa.common.ChinaTime;
import org.zhifa.documents.internal.DocumentModel;
import org.zhifa.documents.internal.DocumentsProperties;
import org.zhifa.documents.internal.FieldValues;
import org.zhifa.documents.internal.LayoutInput;
import org.zhifa.documents.internal.Layouts;
import org.zhifa.documents.internal.OfdRenderer;
import org.zhifa.documents.internal.OfdSealer;
import org.zhifa.documents.internal.PdfRenderer;
import org.zhifa.documents.internal.VerificationMark;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSeal;
import org.zhifa.documents.verify.OfdSealVerifier;

/**
 * Figures for bench/documents-bench.sh (not a test; prints, never asserts): per document type, the time to print the
 * PDF (two layout passes), to print the OFD, to seal it and to verify it, on one thread after warm-up, and the sizes.
 */
public final class DocumentsBench {

    private DocumentsBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        DocumentsProperties settings = DocumentsProperties.defaults();
        CjkFont font = new CjkFont(settings);
        PdfRenderer pdf = new PdfRenderer(font);
        OfdRenderer ofd = new OfdRenderer(font);
        Instant now = Instant.now();
        OfdSealer sealer = new OfdSealer(Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
        SealCredential key = SealCredential.generate("基准测试单位", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));
        SesSeal seal = SesSeal.make("BENCH-1", "基准测试印章", key.certificate(), now, now.minus(1, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS), SealImagesForBench.png(), 42, key.certificate(), key.key());
        String url = settings.verificationUrl("0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");
        System.out.printf("font: %s; %d rounds per type after %d warm-up rounds, one thread%n", font.location(), rounds,
                rounds / 2);
        System.out.println("type | pages | PDF ms mean/p95 | OFD ms mean/p95 | seal ms mean/p95 | verify ms mean/p95 | PDF KB | sealed OFD KB");
        for (DocumentType type : List.of(DocumentType.PENALTY_DECISION, DocumentType.INQUIRY_RECORD,
                DocumentType.FILING_REGISTER, DocumentType.ON_THE_SPOT_DECISION)) {
            DocumentModel model = Layouts.build(new LayoutInput(type, "基准测试单位", type.numbered() ? "测罚〔2025〕1号" : null,
                    FieldValues.normalize(SampleDocuments.complete(type)), settings));
            VerificationMark mark = VerificationMark.sealed(url, "基准测试单位", key.keyId(), true);
            OfdRenderer.Meta meta = new OfdRenderer.Meta(Map.of("文书", type.title()), UUID.randomUUID(), LocalDate.now(ChinaTime.ZONE));
            List<Long> tp = new ArrayList<>();
            List<Long> to = new ArrayList<>();
            List<Long> ts = new ArrayList<>();
            List<Long> tv = new ArrayList<>();
            byte[] lastPdf = null;
            byte[] lastOfd = null;
            int pages = 0;
            for (int i = 0; i < rounds + rounds / 2; i++) {
                long t0 = System.nanoTime();
                lastPdf = pdf.render(model, mark);
                long t1 = System.nanoTime();
                OfdRenderer.Draft draft = ofd.render(model, mark, true, meta);
                long t2 = System.nanoTime();
                lastOfd = sealer.seal(draft.ofd(), seal, key, draft.stamp(), 42);
                long t3 = System.nanoTime();
                if (!OfdSealVerifier.verify(lastOfd, key.certificate().getPublicKey()).valid()) {
                    throw new IllegalStateException("sealed OFD did not verify");
                }
                long t4 = System.nanoTime();
                pages = draft.pages();
                if (i >= rounds / 2) {
                    tp.add(t1 - t0);
                    to.add(t2 - t1);
                    ts.add(t3 - t2);
                    tv.add(t4 - t3);
                }
            }
            System.out.printf("%s | %d | %s | %s | %s | %s | %d | %d%n", type.title(), pages, stats(tp), stats(to),
                    stats(ts), stats(tv), lastPdf.length / 1024, lastOfd.length / 1024);
        }
    }

    private static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        return String.format("%.1f/%.1f", mean, p95);
    }

    /** A seal image of a realistic size. */
    static final class SealImagesForBench {

        static byte[] png() {
            return SealAdministrationTest.pngOf(600);
        }
    }
}
