package org.zhifa.cases.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Burns the watermark (times, place, officer) into a copy of a field photo. The original bytes are the evidence and
 * are never touched; the copy is what a page shows. Formats the JDK cannot read (e.g. HEIC) get no copy.
 */
final class PhotoWatermark {

    /** The longest side of the copy, in pixels: enough to read on a screen, small to store. */
    static final int MAX_SIDE = 1600;

    private PhotoWatermark() {
    }

    static Optional<byte[]> derive(byte[] original, List<String> lines) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(original));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (source == null) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.drawImage(source, 0, 0, w, h, null);
            int size = Math.max(12, Math.min(w, h) / 28);
            g.setFont(new Font("WenQuanYi Zen Hei", Font.PLAIN, size));
            int lineHeight = (int) (size * 1.35);
            int band = lineHeight * lines.size() + size / 2;
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, h - band, w, band);
            g.setColor(Color.WHITE);
            int y = h - band + lineHeight - size / 4;
            for (String line : lines) {
                g.drawString(line, size / 2, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(copy, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toByteArray());
    }
}
