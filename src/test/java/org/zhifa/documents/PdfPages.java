package org.zhifa.documents;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads generated PDFs back: text per page (OpenPDF), fonts, word boxes (poppler pdftotext), page images (pdftoppm). */
public final class PdfPages {

    /** A word as poppler places it, in points from the top left. */
    public record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {

        public double height() {
            return yMax - yMin;
        }
    }

    private PdfPages() {
    }

    /** The text of each page with all white space removed (CJK text extraction inserts spaces and line breaks). */
    public static List<String> texts(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    pages.add(extractor.getTextFromPage(p).replaceAll("[\\s\\u3000]+", ""));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each page in reading order, as poppler lays it out ({@code pdftotext -layout}: line by line from the
     * top, each line left to right), with all white space removed. Unlike {@link #texts} (the order the content stream
     * draws it, where a form's table may come after the paragraphs below it) this is the order a reader sees.
     */
    public static List<String> readingTexts(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("zhifa-pdf");
        try {
            Path file = dir.resolve("d.pdf");
            Files.write(file, pdf);
            Path txt = dir.resolve("d.txt");
            run(dir, "pdftotext", "-layout", "-enc", "UTF-8", file.toString(), txt.toString());
            List<String> pages = new ArrayList<>();
            for (String page : Files.readString(txt, StandardCharsets.UTF_8).split("\f")) {
                pages.add(page.replaceAll("[\\s\\u3000]+", ""));
            }
            while (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) {
                pages.remove(pages.size() - 1);
            }
            return pages;
        } finally {
            deleteTree(dir);
        }
    }

    /** Base font names used on any page, e.g. ABCDEF+NotoSerifCJKsc-Regular-Identity-H. */
    public static TreeSet<String> fonts(byte[] pdf) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fonts != null) {
                    for (PdfName key : fonts.getKeys()) {
                        PdfDictionary font = fonts.getAsDict(key);
                        names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
                    }
                }
            }
        } finally {
            reader.close();
        }
        return names;
    }

    /** Every word with its box, from {@code pdftotext -bbox} (poppler-utils). */
    public static List<Word> words(byte[] pdf) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("zhifa-pdf");
        try {
            Path file = dir.resolve("d.pdf");
            Files.write(file, pdf);
            Path html = dir.resolve("d.html");
            run(dir, "pdftotext", "-bbox", file.toString(), html.toString());
            String out = Files.readString(html, StandardCharsets.UTF_8);
            List<Word> words = new ArrayList<>();
            Matcher page = Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                    + "yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(out);
            int n = 0;
            while (page.find()) {
                if (page.group(1) == null) {
                    n++;
                } else {
                    words.add(new Word(n, Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)),
                            Double.parseDouble(page.group(3)), Double.parseDouble(page.group(4)), page.group(5)));
                }
            }
            return words;
        } finally {
            deleteTree(dir);
        }
    }

    /** Each page as an image, from {@code pdftoppm -png} (poppler-utils) at the given resolution. */
    public static List<BufferedImage> images(byte[] pdf, int dpi) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("zhifa-pdf");
        try {
            Path file = dir.resolve("d.pdf");
            Files.write(file, pdf);
            run(dir, "pdftoppm", "-r", Integer.toString(dpi), "-png", file.toString(), dir.resolve("page").toString());
            List<BufferedImage> images = new ArrayList<>();
            try (var files = Files.list(dir)) {
                for (Path png : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                    images.add(ImageIO.read(png.toFile()));
                }
            }
            return images;
        } finally {
            deleteTree(dir);
        }
    }

    /** Share of pixels that are not white. */
    public static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (poppler-utils installed?): " + output);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
