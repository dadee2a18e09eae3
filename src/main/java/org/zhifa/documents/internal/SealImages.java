package org.zhifa.documents.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Seal images: checking an uploaded PNG, and drawing the clearly marked demonstration seal of the demo data. */
final class SealImages {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_SIDE = 4000;

    private SealImages() {
    }

    /** Null when the bytes are a PNG image that can be used; otherwise the Chinese reason. */
    static String problem(byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            return "请选择印章图像文件";
        }
        if (data.length > maxBytes) {
            return "印章图像不得大于 " + maxBytes / 1024 + " KB";
        }
        if (data.length < PNG.length || !Arrays.equals(Arrays.copyOf(data, PNG.length), PNG)) {
            return "印章图像须为 PNG 格式（宜为透明背景的红色印章）";
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                return "印章图像无法读取";
            }
            if (image.getWidth() < 100 || image.getHeight() < 100 || image.getWidth() > MAX_SIDE
                    || image.getHeight() > MAX_SIDE) {
                return "印章图像宽、高须在 100 至 " + MAX_SIDE + " 像素之间";
            }
        } catch (IOException | RuntimeException e) {
            return "印章图像无法读取";
        }
        return null;
    }

    /**
     * A red round demonstration seal that says so: 演示电子印章 around, a star, 非真实印章 across. It carries no unit
     * name, so that it cannot pass for any office's seal.
     */
    static byte[] demo() {
        int size = 600;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color red = new Color(0xD0, 0x10, 0x10);
            g.setColor(red);
            g.setStroke(new BasicStroke(18));
            g.drawOval(15, 15, size - 30, size - 30);
            g.fill(star(size / 2.0, size / 2.0, 90, 36));
            g.setFont(new Font(Font.SERIF, Font.BOLD, 64));
            String arc = "演示电子印章";
            double radius = size / 2.0 - 95;
            for (int i = 0; i < arc.length(); i++) {
                double angle = Math.toRadians(-150 + i * (120.0 / (arc.length() - 1)));
                AffineTransform saved = g.getTransform();
                g.translate(size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle));
                g.rotate(angle + Math.PI / 2);
                String c = arc.substring(i, i + 1);
                g.drawString(c, -g.getFontMetrics().stringWidth(c) / 2, 20);
                g.setTransform(saved);
            }
            g.setFont(new Font(Font.SERIF, Font.BOLD, 52));
            String across = "非真实印章";
            g.drawString(across, (size - g.getFontMetrics().stringWidth(across)) / 2, size / 2 + 170);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.toRadians(-90 + i * 36);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
