package vn.ttdt.portal.it;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures for upload tests, drawn in memory (a village hall under the sky), and reading back what the portal serves. */
final class TestImages {

    private TestImages() {
    }

    static byte[] scene(int width, int height, String format, String label) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(110, 170, 225), 0, height * 2f / 3, new Color(235, 242, 255)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(70, 140, 70));
        g.fillRect(0, height * 2 / 3, width, height / 3 + 1);
        g.setColor(new Color(190, 60, 40));
        g.fillRect(width / 3, height * 2 / 3 - height / 4, width / 3, height / 4);
        g.setColor(new Color(120, 35, 25));
        g.fillPolygon(new int[] {width / 3 - width / 25, width / 2, width * 2 / 3 + width / 25},
                new int[] {height * 2 / 3 - height / 4, height / 4, height * 2 / 3 - height / 4}, 3);
        g.setColor(new Color(250, 205, 40));
        g.fillOval(width * 4 / 5, height / 10, width / 12, width / 12);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 14)));
        g.drawString(label, width / 20, height - height / 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "portal-it-uploads")).toRealPath();
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
