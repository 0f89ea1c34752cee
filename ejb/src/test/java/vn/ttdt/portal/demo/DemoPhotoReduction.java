package vn.ttdt.portal.demo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import vn.ttdt.portal.content.media.infrastructure.imaging.JpegFiles;

/**
 * Makes the shipped demo photos from their originals, as {@code credits.tsv} lists them: each cropped to 16:9 around
 * its centre, reduced to {@value #WIDTH} × {@value #HEIGHT} and written as a fresh JPEG (no metadata) at quality 0.80,
 * lowered in steps until the file holds {@value #MOST_BYTES} bytes or fewer. Run from the repository's root with the
 * Debian packages unpacked (e.g. {@code dpkg-deb -x mate-backgrounds_*.deb /tmp/wp/x}):
 * <pre>
 * java -cp ejb/target/classes:ejb/target/test-classes vn.ttdt.portal.demo.DemoPhotoReduction /tmp/wp/x
 * </pre>
 */
final class DemoPhotoReduction {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    static final int MOST_BYTES = 200 * 1024;
    private static final Path FOLDER = Path.of("ejb/src/main/resources" + DemoPhotos.FOLDER);

    private DemoPhotoReduction() {
    }

    public static void main(String[] args) throws IOException {
        Path unpacked = Path.of(args[0]);
        List<DemoPhotos.Entry> entries = DemoPhotos.parse(Files.readAllLines(FOLDER.resolve(DemoPhotos.CREDITS)));
        for (DemoPhotos.Entry entry : entries) {
            BufferedImage original = ImageIO.read(unpacked.resolve(entry.original()).toFile());
            byte[] reduced = reduce(original);
            Files.write(FOLDER.resolve(entry.file()), reduced);
            System.out.printf("%-26s %5d KB from %dx%d%n", entry.file(), reduced.length / 1024, original.getWidth(), original.getHeight());
        }
    }

    static byte[] reduce(BufferedImage original) {
        BufferedImage picture = scaled(cropped(original), WIDTH, HEIGHT);
        byte[] jpeg = null;
        for (float quality = 0.80f; quality >= 0.5f; quality -= 0.05f) {
            jpeg = JpegFiles.of(picture, quality);
            if (jpeg.length <= MOST_BYTES) {
                break;
            }
        }
        return jpeg;
    }

    private static BufferedImage cropped(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int croppedHeight = Math.min(height, width * HEIGHT / WIDTH);
        int croppedWidth = Math.min(width, croppedHeight * WIDTH / HEIGHT);
        return image.getSubimage((width - croppedWidth) / 2, (height - croppedHeight) / 2, croppedWidth, croppedHeight);
    }

    /** Halves while more than twice too large, then one bicubic step: no aliasing from a single large reduction. */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
