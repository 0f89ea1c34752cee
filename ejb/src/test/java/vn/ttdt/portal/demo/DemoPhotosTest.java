package vn.ttdt.portal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DemoPhotosTest {

    /** Licences that allow the photos to be copied and shipped with the author named. */
    private static final Set<String> REDISTRIBUTABLE = Set.of("GPL-2+", "LGPL-3");
    private static final int PHOTOGRAPHER_COLUMN = 120;

    private static Path folder() throws URISyntaxException {
        return Path.of(DemoPhotosTest.class.getResource(DemoPhotos.FOLDER).toURI());
    }

    private static Set<String> shippedFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(DemoPhotos.CREDITS))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyShippedPhotoHasACreditsEntryAndEveryEntryAFile() throws Exception {
        Set<String> listed = DemoPhotos.all().stream().map(DemoPhotos.Entry::file).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(DemoPhotos.all().size(), listed.size(), "each file listed once");
        assertEquals(shippedFiles(), listed);
        assertTrue(listed.size() >= 8, "enough photos for the demo's stories and places: " + listed.size());
    }

    @Test
    void everyPhotoIsUnderALicenceThatAllowsShippingItAndItsCreditNamesAuthorLicenceAndPackage() {
        for (DemoPhotos.Entry photo : DemoPhotos.all()) {
            assertTrue(REDISTRIBUTABLE.contains(photo.licence()), photo.file() + ": " + photo.licence());
            assertTrue(photo.link().startsWith("https://"), photo.file() + ": " + photo.link());
            String credit = photo.credit();
            assertTrue(credit.startsWith(photo.author() + " (" + photo.licence() + ", Debian " + photo.debianPackage()), credit);
            assertTrue(credit.length() <= PHOTOGRAPHER_COLUMN, credit);
        }
    }

    @Test
    void everyPhotoIsReducedForThePortalAndCarriesNoMetadata() throws IOException {
        long total = 0;
        for (DemoPhotos.Entry photo : DemoPhotos.all()) {
            byte[] bytes = photo.bytes();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(List.of(DemoPhotoReduction.WIDTH, DemoPhotoReduction.HEIGHT), List.of(image.getWidth(), image.getHeight()),
                    photo.file());
            assertTrue(bytes.length <= DemoPhotoReduction.MOST_BYTES, photo.file() + ": " + bytes.length + " bytes");
            assertEquals(List.of(), metadataSegments(bytes), photo.file());
            total += bytes.length;
        }
        assertTrue(total <= 2L * 1024 * 1024, "all photos together: " + total + " bytes");
    }

    @Test
    void theFeaturedStoryIsTheNewestItemAndItsCoverIsAShippedPhotoWithItsCredit() {
        DemoContent.Seed newest = DemoContent.ITEMS.get(DemoContent.ITEMS.size() - 1);
        DemoPicture cover = newest.pictures().get(0);
        DemoPhotos.Entry photo = DemoPhotos.named(cover.name());

        assertEquals(photo.credit(), cover.credit());
        assertArrayEquals(photo.bytes(), cover.bytes().get());
        assertFalse(cover.caption().isBlank());
    }

    @Test
    void theFirstItemOfMostMainCategoriesHasAPhotoOnTheHomePage() {
        Set<Integer> withPhotoFirst = new TreeSet<>();
        Set<Integer> seen = new TreeSet<>();
        for (int n = DemoContent.ITEMS.size() - 1; n >= 0; n--) {
            DemoContent.Seed seed = DemoContent.ITEMS.get(n);
            if (seen.add(seed.category()) && !DemoPicture.PAINTED_CREDIT.equals(seed.pictures().get(0).credit())) {
                withPhotoFirst.add(seed.category());
            }
        }
        assertTrue(withPhotoFirst.size() * 2 > seen.size(), "categories whose newest item has a photo: " + withPhotoFirst + " of " + seen);
    }

    @Test
    void aCreditsLineWithAMissingColumnIsRefusedWithItsLineNumber() {
        String header = "file\tshows\tauthor\tlicence\tpackage\toriginal\tlink";
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DemoPhotos.parse(List.of("# photos", header, "a.jpg\tlake\tA. Author\tGPL-2+\tpkg\tusr/a.jpg")));

        assertTrue(refused.getMessage().contains("line 3"), refused.getMessage());
        assertEquals(1, DemoPhotos.parse(List.of(header, "a.jpg\tlake\tA. Author\tGPL-2+\tpkg\tusr/a.jpg\thttps://x")).size());
    }

    /** The JPEG segments that carry metadata (APP1 EXIF or XMP, APP13 IPTC, COM comments) before the image data. */
    private static List<String> metadataSegments(byte[] b) {
        List<String> found = new ArrayList<>();
        int i = 2;
        while (i + 4 < b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            if (marker == 0xE1 || marker == 0xED || marker == 0xFE) {
                found.add(Integer.toHexString(marker));
            }
            i += 2 + ((b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF);
        }
        return found;
    }
}
