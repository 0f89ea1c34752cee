package vn.ttdt.portal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The photographs shipped with the demo data: freely licensed pictures from Debian's wallpaper packages, reduced for
 * the portal and kept as resources beside {@value #CREDITS}, which names for each file its author, its licence, the
 * package and file it comes from and where that is published. The licences ask for the author and licence wherever
 * a photo is shown: {@link Entry#credit()} says both.
 */
public final class DemoPhotos {

    static final String FOLDER = "/vn/ttdt/portal/demo/photos/";
    static final String CREDITS = "credits.tsv";
    private static final String HEADER = "file\tshows\tauthor\tlicence\tpackage\toriginal\tlink";
    private static final int COLUMNS = 7;

    private DemoPhotos() {
    }

    /** One shipped photo: its file, what it shows, who made it, its licence and its Debian package and original file. */
    public record Entry(String file, String shows, String author, String licence, String debianPackage, String original,
                        String link) {

        /** The credit shown under the photo, after "Ảnh:". */
        public String credit() {
            return author + " (" + licence + ", Debian " + debianPackage + ")";
        }

        public byte[] bytes() {
            try (InputStream in = DemoPhotos.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("demo photo " + file + " is listed in " + CREDITS + " but not shipped");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every entry of {@value #CREDITS}, in its order. */
    public static List<Entry> all() {
        try (InputStream in = DemoPhotos.class.getResourceAsStream(FOLDER + CREDITS)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + CREDITS + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Entry named(String file) {
        return all().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo photo " + file + " in " + CREDITS));
    }

    /** The entries of lines in the credits' format: comments (#) and blank lines, the header, then one photo a line. */
    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        boolean headerSeen = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(CREDITS + " line " + (n + 1) + ": expected the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS || List.of(cells).stream().anyMatch(String::isBlank)) {
                throw new IllegalStateException(CREDITS + " line " + (n + 1) + ": " + COLUMNS + " filled columns expected");
            }
            entries.add(new Entry(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
        }
        return entries;
    }
}
