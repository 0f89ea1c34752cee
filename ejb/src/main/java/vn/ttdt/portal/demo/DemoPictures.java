package vn.ttdt.portal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Illustrations for the demo data that no shipped photo ({@link DemoPhotos}) could show, painted at the first start: the
 * district's offices, a village road, a match, a meeting, the pagoda on the mountain, the theme's banner and emblem,
 * with light, haze, grain and a vignette so that they read as photographs at thumbnail size. Each is a JPEG that then
 * goes through the media library's checks like any upload. Every picture is the same at every start (fixed seeds).
 */
final class DemoPictures {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private static final Color SKY_TOP = new Color(0x6fa8dc);
    private static final Color SKY_HAZE = new Color(0xf3e9d2);
    private static final Color RUBBER_LEAF = new Color(0x2f5d2a);

    private DemoPictures() {
    }

    /** The one-stop office of a commune: a two-storey public building with its flag, trees and people at the door. */
    static byte[] oneStopOffice() {
        return jpeg(1, WIDTH, HEIGHT, (p) -> {
            p.sky(SKY_TOP, SKY_HAZE, 0.62);
            p.sun(0.82, 0.18, 70);
            p.hills(0.55, 0.06, new Color(0x8fa9a0), 3);
            p.ground(0.62, new Color(0x7d9b5a), new Color(0x5e7d3f));
            p.tree(0.08, 0.66, 120);
            p.tree(0.93, 0.67, 130);
            p.building(0.22, 0.30, 0.56, 0.34, new Color(0xf2d98b), new Color(0xa33b2a));
            p.flag(0.5, 0.16);
            p.yard(0.64, new Color(0xb8b2a4));
            p.people(0.35, 0.72, 9);
        });
    }

    /** Green hills under a wide sky with a smartphone showing a QR code in the foreground: digital life in the villages. */
    static byte[] digitalVillage() {
        return jpeg(2, WIDTH, HEIGHT, (p) -> {
            p.sky(new Color(0x5b9bd5), new Color(0xfdf1d6), 0.55);
            p.sun(0.2, 0.2, 60);
            p.hills(0.45, 0.08, new Color(0x9db5a5), 4);
            p.hills(0.52, 0.06, new Color(0x6f9a5c), 5);
            p.ground(0.58, new Color(0x86b04f), new Color(0x4f7a2c));
            p.fieldRows(0.58, new Color(0x6c9a3a));
            p.house(0.18, 0.55, 0.12, new Color(0xe8d7b0), new Color(0x9c3d2e));
            p.house(0.36, 0.57, 0.09, new Color(0xf1e4c4), new Color(0x8a3326));
            p.phone(0.62, 0.2, 0.24, 0.72);
        });
    }

    /** A football pitch with its stands and two teams in the afternoon light. */
    static byte[] footballMatch() {
        return jpeg(3, WIDTH, HEIGHT, (p) -> {
            p.sky(new Color(0x4f8fd0), new Color(0xe9f1f7), 0.32);
            p.stands(0.18, 0.34);
            p.pitch(0.34);
            p.players(0.34, 22);
        });
    }

    /** A conference hall: a red stage backdrop, a speaker's desk and rows of delegates seen from behind. */
    static byte[] meetingHall() {
        return jpeg(4, WIDTH, HEIGHT, (p) -> p.hall());
    }

    /** A new concrete village road between rows of rubber trees. */
    static byte[] villageRoad() {
        return jpeg(5, WIDTH, HEIGHT, (p) -> {
            p.sky(new Color(0x7fb2e0), new Color(0xf7ecd4), 0.5);
            p.ground(0.5, new Color(0x6f8d3f), new Color(0x3f5e26));
            p.road(0.5);
            p.rubberRows(0.5);
        });
    }

    /** A mountain rising over the plain with a pagoda on its slope, morning haze in the valley. */
    static byte[] mountainPagoda() {
        return jpeg(6, WIDTH, HEIGHT, (p) -> {
            p.sky(new Color(0x86b6e3), new Color(0xfbe7c6), 0.7);
            p.sun(0.78, 0.25, 55);
            p.mountain(0.5, 0.16, 0.72, new Color(0x4c6e58));
            p.pagoda(0.43, 0.43, 0.07);
            p.hills(0.7, 0.04, new Color(0x7f9e82), 6);
            p.ground(0.76, new Color(0x7a9c4c), new Color(0x4e6f2e));
            p.tree(0.1, 0.8, 150);
            p.tree(0.9, 0.82, 120);
        });
    }

    /** A wide view of the district for the header: sky, rubber plantations, hills and the town on the horizon. */
    static byte[] banner() {
        return jpeg(9, WIDTH, 300, (p) -> {
            p.sky(new Color(0x5b97d1), new Color(0xfbe9c8), 0.62);
            p.sun(0.86, 0.3, 40);
            p.hills(0.5, 0.12, new Color(0x8aa79a), 10);
            p.town(0.62);
            p.ground(0.66, new Color(0x6c9442), new Color(0x3f6226));
            p.fieldRows(0.66, new Color(0x5a8435));
        });
    }

    /** A round emblem for the logo: a gold star on red within a gold ring. */
    static byte[] emblem() {
        return jpeg(10, 320, 320, Painter::emblem);
    }

    private static byte[] jpeg(long seed, int width, int height, Consumer<Painter> scene) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Painter painter = new Painter(g, width, height, new Random(seed));
            scene.accept(painter);
            painter.finish(image);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Paints on one picture; positions are fractions of its width and height. */
    private static final class Painter {

        private final Graphics2D g;
        private final int w;
        private final int h;
        private final Random random;

        Painter(Graphics2D g, int w, int h, Random random) {
            this.g = g;
            this.w = w;
            this.h = h;
            this.random = random;
        }

        void sky(Color top, Color haze, double horizon) {
            g.setPaint(new GradientPaint(0, 0, top, 0, (float) (h * horizon), haze));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(255, 255, 255, 70));
            for (int i = 0; i < 7; i++) {
                double x = random.nextDouble() * w;
                double y = random.nextDouble() * h * horizon * 0.6;
                double cw = 80 + random.nextDouble() * 160;
                for (int k = 0; k < 5; k++) {
                    g.fill(new Ellipse2D.Double(x + k * cw * 0.22, y + (k % 2) * 8 - 6, cw * 0.5, cw * 0.22));
                }
            }
        }

        void sun(double x, double y, int radius) {
            Point2D centre = new Point2D.Double(x * w, y * h);
            g.setPaint(new RadialGradientPaint(centre, radius * 4f, new float[] {0f, 0.15f, 1f},
                    new Color[] {new Color(255, 250, 225, 255), new Color(255, 236, 180, 150), new Color(255, 236, 180, 0)}));
            g.fill(new Ellipse2D.Double(centre.getX() - radius * 4, centre.getY() - radius * 4, radius * 8, radius * 8));
        }

        void hills(double base, double amplitude, Color colour, int seed) {
            Random shape = new Random(seed);
            GeneralPath path = new GeneralPath();
            path.moveTo(0, h);
            int steps = 24;
            double phase = shape.nextDouble() * Math.PI * 2;
            for (int i = 0; i <= steps; i++) {
                double x = (double) i / steps;
                double y = base - amplitude * (0.55 + 0.45 * Math.sin(phase + x * 5.5) * Math.cos(x * 2.3 + phase / 2))
                        - amplitude * 0.25 * shape.nextDouble();
                path.lineTo(x * w, y * h);
            }
            path.lineTo(w, h);
            path.closePath();
            g.setPaint(new GradientPaint(0, (float) ((base - amplitude) * h), colour, 0, (float) (base * h + 40), colour.darker()));
            g.fill(path);
        }

        void mountain(double peakX, double peakY, double base, Color colour) {
            GeneralPath path = new GeneralPath();
            path.moveTo(-0.05 * w, base * h);
            path.curveTo(0.15 * w, base * h - 40, (peakX - 0.2) * w, (peakY + 0.18) * h, (peakX - 0.04) * w, (peakY + 0.02) * h);
            path.curveTo(peakX * w, peakY * h, (peakX + 0.02) * w, peakY * h, (peakX + 0.06) * w, (peakY + 0.05) * h);
            path.curveTo((peakX + 0.22) * w, (peakY + 0.2) * h, 0.9 * w, base * h - 50, 1.05 * w, base * h);
            path.closePath();
            g.setPaint(new GradientPaint((float) (peakX * w), (float) (peakY * h), colour.brighter(), (float) (peakX * w + 200),
                    (float) (base * h), colour.darker()));
            g.fill(path);
            g.setClip(path);
            for (int i = 0; i < 900; i++) {
                double x = random.nextDouble() * w;
                double y = peakY * h + random.nextDouble() * (base - peakY) * h;
                int shade = random.nextInt(40);
                g.setColor(new Color(30 + shade, 70 + shade, 40 + shade / 2, 90));
                double r = 6 + random.nextDouble() * 10;
                g.fill(new Ellipse2D.Double(x, y, r * 1.4, r));
            }
            g.setClip(null);
            g.setPaint(new GradientPaint(0, (float) (base * h - 80), new Color(255, 255, 255, 0), 0, (float) (base * h), new Color(240, 240, 235, 150)));
            g.fillRect(0, (int) (base * h - 80), w, 80);
        }

        void ground(double top, Color near, Color far) {
            g.setPaint(new GradientPaint(0, (float) (top * h), near, 0, h, far));
            g.fillRect(0, (int) (top * h), w, h - (int) (top * h));
            for (int i = 0; i < 2500; i++) {
                double y = top * h + Math.pow(random.nextDouble(), 0.7) * (1 - top) * h;
                double x = random.nextDouble() * w;
                int shade = random.nextInt(50) - 25;
                g.setColor(new Color(clamp(near.getRed() + shade), clamp(near.getGreen() + shade), clamp(near.getBlue() + shade / 2), 120));
                double size = 1 + (y - top * h) / h * 8;
                g.fill(new Ellipse2D.Double(x, y, size * 1.6, size));
            }
        }

        void fieldRows(double top, Color colour) {
            g.setStroke(new BasicStroke(2f));
            double vanishingX = w * 0.5;
            for (int i = -30; i <= 30; i++) {
                g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
                g.drawLine((int) vanishingX + i * 6, (int) (top * h), (int) (vanishingX + i * 70), h);
            }
        }

        void tree(double x, double baseY, int size) {
            double bx = x * w;
            double by = baseY * h;
            g.setColor(new Color(0x4a3526));
            g.fill(new RoundRectangle2D.Double(bx - size * 0.05, by - size * 0.55, size * 0.1, size * 0.6, 6, 6));
            for (int i = 0; i < 18; i++) {
                double dx = (random.nextDouble() - 0.5) * size * 0.9;
                double dy = -size * 0.6 - random.nextDouble() * size * 0.55;
                double r = size * (0.22 + random.nextDouble() * 0.18);
                int shade = random.nextInt(40);
                g.setColor(new Color(30 + shade, 80 + shade, 35 + shade / 2));
                g.fill(new Ellipse2D.Double(bx + dx - r, by + dy - r * 0.8, r * 2, r * 1.6));
            }
        }

        void building(double x, double top, double width, double height, Color wall, Color roof) {
            double bx = x * w;
            double by = top * h;
            double bw = width * w;
            double bh = height * h;
            GeneralPath roofShape = new GeneralPath();
            roofShape.moveTo(bx - 20, by + 10);
            roofShape.lineTo(bx + bw * 0.5, by - bh * 0.22);
            roofShape.lineTo(bx + bw + 20, by + 10);
            roofShape.closePath();
            g.setPaint(new GradientPaint(0, (float) (by - bh * 0.22), roof.brighter(), 0, (float) by + 10, roof));
            g.fill(roofShape);
            g.setPaint(new GradientPaint((float) bx, 0, wall, (float) (bx + bw), 0, wall.darker()));
            g.fillRect((int) bx, (int) by + 10, (int) bw, (int) bh);
            g.setColor(new Color(0, 0, 0, 45));
            g.fillRect((int) bx, (int) (by + 10 + bh * 0.5) - 3, (int) bw, 6);
            for (int floor = 0; floor < 2; floor++) {
                for (int i = 0; i < 8; i++) {
                    double wx = bx + bw * (0.06 + i * 0.118);
                    double wy = by + 10 + bh * (0.1 + floor * 0.5);
                    g.setPaint(new GradientPaint(0, (float) wy, new Color(0x5b7fa3), 0, (float) (wy + bh * 0.28), new Color(0x2c4660)));
                    g.fillRect((int) wx, (int) wy, (int) (bw * 0.07), (int) (bh * 0.28));
                }
            }
            g.setColor(new Color(0xf8f3e6));
            for (int i = 0; i < 4; i++) {
                g.fillRect((int) (bx + bw * (0.38 + i * 0.075)), (int) (by + 10 + bh * 0.5), (int) (bw * 0.025), (int) (bh * 0.5));
            }
            g.setColor(new Color(0x8a2a1c));
            g.fillRect((int) (bx + bw * 0.35), (int) (by + 10 + bh * 0.42), (int) (bw * 0.3), (int) (bh * 0.07));
        }

        void flag(double x, double top) {
            double px = x * w;
            double py = top * h;
            g.setColor(new Color(0x6b6b6b));
            g.fillRect((int) px, (int) py, 4, (int) (h * 0.18));
            g.setColor(new Color(0xda251d));
            GeneralPath cloth = new GeneralPath();
            cloth.moveTo(px + 4, py);
            cloth.curveTo(px + 30, py - 6, px + 50, py + 8, px + 80, py + 2);
            cloth.lineTo(px + 80, py + 52);
            cloth.curveTo(px + 50, py + 58, px + 30, py + 44, px + 4, py + 50);
            cloth.closePath();
            g.fill(cloth);
            g.setColor(new Color(0xffdf00));
            g.fill(star(px + 42, py + 26, 14));
        }

        void yard(double top, Color colour) {
            GeneralPath path = new GeneralPath();
            path.moveTo(w * 0.3, top * h);
            path.lineTo(w * 0.7, top * h);
            path.lineTo(w * 0.95, h);
            path.lineTo(w * 0.05, h);
            path.closePath();
            g.setPaint(new GradientPaint(0, (float) (top * h), colour, 0, h, colour.darker()));
            g.fill(path);
        }

        void people(double x, double y, int count) {
            for (int i = 0; i < count; i++) {
                double px = (x + random.nextDouble() * 0.3) * w;
                double py = (y + random.nextDouble() * 0.16) * h;
                double scale = 0.6 + (py / h - y) * 3;
                Color shirt = new Color[] {new Color(0xf1f1f1), new Color(0x2f5f9e), new Color(0xc0392b), new Color(0x7f8c8d)}[random.nextInt(4)];
                g.setColor(new Color(0x333333));
                g.fill(new RoundRectangle2D.Double(px - 6 * scale, py, 12 * scale, 34 * scale, 5, 5));
                g.setColor(shirt);
                g.fill(new RoundRectangle2D.Double(px - 9 * scale, py - 26 * scale, 18 * scale, 30 * scale, 8, 8));
                g.setColor(new Color(0xe0b48c));
                g.fill(new Ellipse2D.Double(px - 6 * scale, py - 40 * scale, 12 * scale, 13 * scale));
                g.setColor(new Color(0x1d1d1d));
                g.fill(new Ellipse2D.Double(px - 6.5 * scale, py - 42 * scale, 13 * scale, 7 * scale));
            }
        }

        void house(double x, double base, double size, Color wall, Color roof) {
            double hx = x * w;
            double hy = base * h;
            double hw = size * w;
            g.setColor(wall);
            g.fillRect((int) hx, (int) (hy - hw * 0.45), (int) hw, (int) (hw * 0.45));
            GeneralPath r = new GeneralPath();
            r.moveTo(hx - hw * 0.1, hy - hw * 0.43);
            r.lineTo(hx + hw * 0.5, hy - hw * 0.75);
            r.lineTo(hx + hw * 1.1, hy - hw * 0.43);
            r.closePath();
            g.setColor(roof);
            g.fill(r);
            g.setColor(new Color(0x5a4030));
            g.fillRect((int) (hx + hw * 0.42), (int) (hy - hw * 0.28), (int) (hw * 0.16), (int) (hw * 0.28));
        }

        void phone(double x, double y, double width, double height) {
            double px = x * w;
            double py = y * h;
            double pw = width * w * 0.55;
            double ph = height * h;
            g.setColor(new Color(0, 0, 0, 60));
            g.fill(new RoundRectangle2D.Double(px + 14, py + 14, pw, ph, 40, 40));
            g.setColor(new Color(0x1f1f24));
            g.fill(new RoundRectangle2D.Double(px, py, pw, ph, 40, 40));
            g.setPaint(new GradientPaint((float) px, (float) py, new Color(0xf7fbff), (float) (px + pw), (float) (py + ph), new Color(0xdde8f3)));
            g.fill(new RoundRectangle2D.Double(px + 10, py + 24, pw - 20, ph - 48, 18, 18));
            g.setColor(new Color(0xa31515));
            g.fillRect((int) (px + 10), (int) (py + 24), (int) (pw - 20), (int) (ph * 0.1));
            int cells = 21;
            double qr = pw * 0.62;
            double qx = px + (pw - qr) / 2;
            double qy = py + ph * 0.28;
            double cell = qr / cells;
            g.setColor(Color.WHITE);
            g.fillRect((int) (qx - cell), (int) (qy - cell), (int) (qr + 2 * cell), (int) (qr + 2 * cell));
            g.setColor(new Color(0x111111));
            for (int r = 0; r < cells; r++) {
                for (int c = 0; c < cells; c++) {
                    boolean finder = (r < 7 && c < 7) || (r < 7 && c >= cells - 7) || (r >= cells - 7 && c < 7);
                    boolean dark = finder ? finderCell(r < 7 ? r : r - (cells - 7), c < 7 ? c : c - (cells - 7)) : random.nextBoolean();
                    if (dark) {
                        g.fill(new Rectangle2D.Double(qx + c * cell, qy + r * cell, cell + 0.5, cell + 0.5));
                    }
                }
            }
            g.setColor(new Color(0x2e7d32));
            g.fill(new RoundRectangle2D.Double(px + pw * 0.2, py + ph * 0.78, pw * 0.6, ph * 0.07, 14, 14));
        }

        /** A cell of a QR code's finder pattern (7 × 7): the outer ring and the 3 × 3 core are dark. */
        private static boolean finderCell(int row, int column) {
            boolean ring = row == 0 || row == 6 || column == 0 || column == 6;
            boolean core = row >= 2 && row <= 4 && column >= 2 && column <= 4;
            return ring || core;
        }

        void stands(double top, double bottom) {
            g.setPaint(new GradientPaint(0, (float) (top * h), new Color(0x9aa3ab), 0, (float) (bottom * h), new Color(0x5d656d)));
            g.fillRect(0, (int) (top * h), w, (int) ((bottom - top) * h));
            for (int i = 0; i < 1400; i++) {
                double x = random.nextDouble() * w;
                double y = top * h + random.nextDouble() * (bottom - top) * h;
                Color c = new Color[] {new Color(0xd32f2f), new Color(0xfafafa), new Color(0x1565c0), new Color(0xfbc02d), new Color(0x333333)}[random.nextInt(5)];
                g.setColor(c);
                g.fill(new Ellipse2D.Double(x, y, 5, 5));
            }
            g.setColor(new Color(0xc62828));
            g.fillRect(0, (int) (top * h) - 14, w, 14);
        }

        void pitch(double top) {
            for (int stripe = 0; stripe < 10; stripe++) {
                double y0 = top + (1 - top) * Math.pow(stripe / 10.0, 1.3);
                double y1 = top + (1 - top) * Math.pow((stripe + 1) / 10.0, 1.3);
                g.setColor(stripe % 2 == 0 ? new Color(0x3f9142) : new Color(0x378a3b));
                g.fillRect(0, (int) (y0 * h), w, (int) Math.ceil((y1 - y0) * h) + 1);
            }
            g.setColor(new Color(255, 255, 255, 220));
            g.setStroke(new BasicStroke(4f));
            GeneralPath lines = new GeneralPath();
            lines.moveTo(w * 0.08, h * 0.98);
            lines.lineTo(w * 0.2, top * h + 20);
            lines.lineTo(w * 0.8, top * h + 20);
            lines.lineTo(w * 0.92, h * 0.98);
            g.draw(lines);
            g.drawLine((int) (w * 0.5), (int) (top * h + 20), (int) (w * 0.5), (int) (h * 0.98));
            g.draw(new Ellipse2D.Double(w * 0.5 - 110, h * 0.62, 220, 70));
            g.setStroke(new BasicStroke(6f));
            g.drawRect((int) (w * 0.13), (int) (h * 0.5), 26, 60);
            g.drawRect((int) (w * 0.85), (int) (h * 0.5), 26, 60);
        }

        void players(double top, int count) {
            for (int i = 0; i < count; i++) {
                double px = (0.15 + random.nextDouble() * 0.7) * w;
                double py = (top + 0.12 + random.nextDouble() * 0.48) * h;
                double scale = 0.8 + (py / h - top) * 1.8;
                Color shirt = i % 2 == 0 ? new Color(0xd32f2f) : new Color(0xf5f5f5);
                g.setColor(new Color(0, 0, 0, 60));
                g.fill(new Ellipse2D.Double(px - 10 * scale, py + 30 * scale, 22 * scale, 6 * scale));
                g.setColor(new Color(0x222222));
                g.fillRect((int) (px - 5 * scale), (int) (py + 8 * scale), (int) (4 * scale), (int) (24 * scale));
                g.fillRect((int) (px + 2 * scale), (int) (py + 8 * scale), (int) (4 * scale), (int) (24 * scale));
                g.setColor(shirt);
                g.fill(new RoundRectangle2D.Double(px - 8 * scale, py - 16 * scale, 17 * scale, 26 * scale, 6, 6));
                g.setColor(new Color(0xd9a77c));
                g.fill(new Ellipse2D.Double(px - 5 * scale, py - 28 * scale, 11 * scale, 12 * scale));
            }
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(w * 0.52, h * 0.7, 14, 14));
        }

        void hall() {
            g.setPaint(new GradientPaint(0, 0, new Color(0x3a2a22), 0, h, new Color(0x1c1410)));
            g.fillRect(0, 0, w, h);
            g.setPaint(new GradientPaint(0, (float) (h * 0.08), new Color(0xc62828), 0, (float) (h * 0.5), new Color(0x8e1b1b)));
            g.fillRect((int) (w * 0.12), (int) (h * 0.08), (int) (w * 0.76), (int) (h * 0.42));
            g.setColor(new Color(0xffd54f));
            g.fill(star(w * 0.5, h * 0.2, 38));
            g.setColor(new Color(255, 236, 179, 220));
            for (int i = 0; i < 3; i++) {
                g.fillRect((int) (w * 0.25), (int) (h * (0.3 + i * 0.045)), (int) (w * 0.5), 10 - i * 2);
            }
            g.setColor(new Color(0x5d4037));
            g.fillRect((int) (w * 0.1), (int) (h * 0.5), (int) (w * 0.8), (int) (h * 0.06));
            g.setColor(new Color(0x6d4c41));
            g.fillRect((int) (w * 0.44), (int) (h * 0.42), (int) (w * 0.12), (int) (h * 0.1));
            g.setColor(new Color(0x2e7d32));
            for (int i = 0; i < 9; i++) {
                g.fill(new Ellipse2D.Double(w * (0.12 + i * 0.09), h * 0.47, 40, 28));
            }
            for (int row = 0; row < 5; row++) {
                double y = h * (0.62 + row * 0.085);
                double scale = 0.7 + row * 0.18;
                for (int i = 0; i < 14 - row; i++) {
                    double x = w * (0.04 + i * (0.92 / (13 - row))) + random.nextDouble() * 10;
                    g.setColor(new Color(0x263238));
                    g.fill(new RoundRectangle2D.Double(x - 22 * scale, y, 44 * scale, 50 * scale, 14, 14));
                    g.setColor(row % 2 == 0 ? new Color(0xeceff1) : new Color(0x37474f));
                    g.fill(new RoundRectangle2D.Double(x - 18 * scale, y - 4 * scale, 36 * scale, 40 * scale, 12, 12));
                    g.setColor(new Color(0x1b1b1b));
                    g.fill(new Ellipse2D.Double(x - 10 * scale, y - 26 * scale, 20 * scale, 22 * scale));
                }
            }
            Point2D light = new Point2D.Double(w * 0.5, h * 0.25);
            g.setPaint(new RadialGradientPaint(light, w * 0.6f, new float[] {0f, 1f},
                    new Color[] {new Color(255, 240, 200, 60), new Color(0, 0, 0, 0)}));
            g.fillRect(0, 0, w, h);
        }

        void road(double horizon) {
            GeneralPath road = new GeneralPath();
            road.moveTo(w * 0.49, horizon * h);
            road.lineTo(w * 0.51, horizon * h);
            road.lineTo(w * 0.78, h);
            road.lineTo(w * 0.22, h);
            road.closePath();
            g.setPaint(new GradientPaint(0, (float) (horizon * h), new Color(0xc9c4b8), 0, h, new Color(0x9e998d)));
            g.fill(road);
            g.setColor(new Color(255, 255, 255, 170));
            for (int i = 0; i < 8; i++) {
                double t0 = Math.pow(i / 8.0, 2);
                double t1 = Math.pow((i + 0.5) / 8.0, 2);
                g.fill(new Rectangle2D.Double(w * 0.5 - 1 - t0 * 3, horizon * h + t0 * (1 - horizon) * h, 2 + t1 * 6,
                        (t1 - t0) * (1 - horizon) * h));
            }
        }

        void rubberRows(double horizon) {
            for (int side = -1; side <= 1; side += 2) {
                for (int row = 0; row < 4; row++) {
                    for (int i = 14; i >= 0; i--) {
                        double t = Math.pow(i / 14.0, 1.8);
                        double offset = 0.03 + row * 0.05 + t * (0.28 + row * 0.2);
                        double x = w * (0.5 + side * offset);
                        double base = horizon * h + t * (1 - horizon) * h * (0.9 + row * 0.1);
                        double size = 12 + t * 260;
                        g.setColor(new Color(0x6b5b4b));
                        g.fillRect((int) (x - size * 0.03), (int) (base - size * 0.9), Math.max(2, (int) (size * 0.06)), (int) (size * 0.9));
                        g.setColor(new Color(0xe8e0cf));
                        g.fillRect((int) (x - size * 0.03), (int) (base - size * 0.45), Math.max(1, (int) (size * 0.03)), (int) (size * 0.12));
                        for (int k = 0; k < 5; k++) {
                            int shade = random.nextInt(30);
                            g.setColor(new Color(RUBBER_LEAF.getRed() + shade, RUBBER_LEAF.getGreen() + shade, RUBBER_LEAF.getBlue() + shade / 2, 230));
                            double r = size * (0.2 + random.nextDouble() * 0.15);
                            g.fill(new Ellipse2D.Double(x - r + (random.nextDouble() - 0.5) * size * 0.5, base - size * 1.1 - random.nextDouble() * size * 0.4, r * 2, r * 1.5));
                        }
                    }
                }
            }
        }

        void pagoda(double x, double base, double size) {
            double px = x * w;
            double py = base * h;
            double s = size * w;
            for (int tier = 0; tier < 3; tier++) {
                double tw = s * (1 - tier * 0.22);
                double ty = py - tier * s * 0.32;
                g.setColor(new Color(0xf2e6c9));
                g.fillRect((int) (px - tw * 0.35), (int) (ty - s * 0.22), (int) (tw * 0.7), (int) (s * 0.22));
                GeneralPath roof = new GeneralPath();
                roof.moveTo(px - tw * 0.62, ty - s * 0.2);
                roof.quadTo(px, ty - s * 0.28, px + tw * 0.62, ty - s * 0.2);
                roof.lineTo(px + tw * 0.4, ty - s * 0.34);
                roof.lineTo(px - tw * 0.4, ty - s * 0.34);
                roof.closePath();
                g.setColor(new Color(0x8d2f1f));
                g.fill(roof);
            }
        }

        void town(double horizon) {
            for (int i = 0; i < 40; i++) {
                double x = random.nextDouble() * w * 0.7;
                double bw = 16 + random.nextDouble() * 30;
                double bh = 10 + random.nextDouble() * 30;
                int shade = 200 + random.nextInt(50);
                g.setColor(new Color(shade, shade - 15, shade - 40));
                g.fillRect((int) x, (int) (horizon * h - bh), (int) bw, (int) bh + 4);
                g.setColor(new Color(0xa4473a));
                g.fillRect((int) x - 2, (int) (horizon * h - bh) - 4, (int) bw + 4, 5);
            }
        }

        void emblem() {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            double c = w / 2.0;
            g.setPaint(new RadialGradientPaint(new Point2D.Double(c, c), (float) c, new float[] {0f, 1f},
                    new Color[] {new Color(0xffe082), new Color(0xc9a227)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new Ellipse2D.Double(8, 8, w - 16, h - 16));
            g.setPaint(new RadialGradientPaint(new Point2D.Double(c, c * 0.9), (float) c, new float[] {0f, 1f},
                    new Color[] {new Color(0xe53935), new Color(0xa31515)}));
            g.fill(new Ellipse2D.Double(30, 30, w - 60, h - 60));
            g.setColor(new Color(0xffd54f));
            g.fill(star(c, c * 0.92, w * 0.27));
            g.setStroke(new BasicStroke(4f));
            g.setColor(new Color(0xffe082));
            g.draw(new Ellipse2D.Double(44, 44, w - 88, h - 88));
        }

        /** Grain and a soft vignette, as a camera leaves them. */
        void finish(BufferedImage image) {
            if (w < 400) {
                return;
            }
            Point2D centre = new Point2D.Double(w / 2.0, h / 2.0);
            g.setPaint(new RadialGradientPaint(centre, (float) Math.hypot(w, h) / 1.6f, new float[] {0.55f, 1f},
                    new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 90)}));
            g.fillRect(0, 0, w, h);
            Random grain = new Random(42);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < pixels.length; i++) {
                int rgb = pixels[i];
                int n = (int) (grain.nextGaussian() * 5);
                pixels[i] = clamp((rgb >> 16 & 0xFF) + n) << 16 | clamp((rgb >> 8 & 0xFF) + n) << 8 | clamp((rgb & 0xFF) + n);
            }
        }

        private static Shape star(double cx, double cy, double radius) {
            GeneralPath star = new GeneralPath();
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? radius : radius * 0.4;
                double angle = -Math.PI / 2 + i * Math.PI / 5;
                double x = cx + r * Math.cos(angle);
                double y = cy + r * Math.sin(angle);
                if (i == 0) {
                    star.moveTo(x, y);
                } else {
                    star.lineTo(x, y);
                }
            }
            star.closePath();
            return star;
        }

        private static int clamp(int value) {
            return Math.max(0, Math.min(255, value));
        }
    }
}
