package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.SearchText;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Fills a portal database with many published news items and articles for the benchmark of the public
 * pages (see {@code benchmark/run.sh} and {@code BENCHMARKS.md}).
 * <p>
 * The items are written with JDBC straight into {@code content_item} and {@code content_author}, exactly
 * as the application would store a published item: the body goes through the project's
 * {@link HtmlSanitizer}, the search text is {@link SearchText#of}, times are UTC {@code DATETIME(6)}.
 * Titles, leads and bodies are composed from Vietnamese word lists (the communes of Cẩm Mỹ, the usual
 * phrases of local-government news) with a fixed seed per item number, so every run writes the same text.
 * They are spread over the site's visible categories and active units, published over the last three
 * years, slugs {@code bm-<number>-<title slug>}. No revisions are written: the public pages never read them.
 * <p>
 * Idempotent: when the site already holds at least N items with a slug starting {@code bm-}, nothing is
 * written; a run that was interrupted goes on after the last committed batch.
 * <p>
 * Because the rows bypass the application, a running server neither knows nor shows them reliably until
 * it is restarted (its page cache and EclipseLink's shared cache were filled before); the benchmark
 * script restarts the dev server after a generation.
 *
 * <pre>
 * java -cp … vn.ttdt.portal.devserver.ContentGenerator [--url=jdbc:mariadb://127.0.0.1:3307/portal]
 *      [--user=portal] --password=… (or PORTAL_DB_PASSWORD) [--count=100000] [--site=default]
 * … ContentGenerator --sample          prints item=&lt;slug&gt; and category=&lt;slug&gt; of a generated item
 * … ContentGenerator --drain=60 [--probe=http://127.0.0.1:8080/robots.txt]
 *                                    ends statements still running for abandoned requests, waits until idle
 * </pre>
 */
public final class ContentGenerator {

    static final String SLUG_PREFIX = "bm-";
    private static final int BATCH = 1000;
    private static final int ROWS_PER_STATEMENT = 250;
    private static final long SEED = 20_230_101L;
    private static final ZoneId VIETNAM = vn.ttdt.portal.shared.domain.BusinessCalendar.ZONE;
    private static final String CREATED_BY = "bientap.demo";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String url = options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3307/portal");
        String user = options.getOrDefault("user", env("PORTAL_DB_USER", "portal"));
        String password = DatabasePassword.of(options);
        String site = options.getOrDefault("site", "default");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (options.containsKey("sample")) {
                sample(connection, site);
            } else if (options.containsKey("drain")) {
                drain(connection, Integer.parseInt(options.get("drain")), options.get("probe"));
            } else {
                int count = Integer.parseInt(options.getOrDefault("count", "100000"));
                new ContentGenerator(connection, site).generate(count);
            }
        }
    }

    private final Connection connection;
    private final long siteId;
    private final List<Long> categoryIds = new ArrayList<>();
    private final List<List<String>> categoryTopics = new ArrayList<>();
    private final List<Long> unitIds = new ArrayList<>();
    private final List<String> unitNames = new ArrayList<>();

    private ContentGenerator(Connection connection, String siteCode) throws SQLException {
        this.connection = connection;
        this.siteId = siteId(connection, siteCode);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name FROM category WHERE site_id = ? AND visible = TRUE ORDER BY sort_order, id")) {
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    categoryIds.add(rs.getLong(1));
                    categoryTopics.add(Words.topicsFor(rs.getString(2)));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name FROM unit WHERE site_id = ? AND active = TRUE ORDER BY id")) {
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    unitIds.add(rs.getLong(1));
                    unitNames.add(rs.getString(2));
                }
            }
        }
        if (categoryIds.isEmpty() || unitIds.isEmpty()) {
            throw new IllegalStateException("Site '" + siteCode + "' has no visible category or no active unit: "
                    + "start the dev server once so that the demo data is loaded");
        }
    }

    private void generate(int wanted) throws SQLException {
        long existing;
        long lastNumber;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(MAX(CAST(SUBSTRING_INDEX(SUBSTRING(slug, 4), '-', 1) AS UNSIGNED)), 0)"
                        + " FROM content_item WHERE site_id = ? AND slug LIKE 'bm-%'")) {
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                existing = rs.getLong(1);
                lastNumber = rs.getLong(2);
            }
        }
        if (existing >= wanted) {
            System.out.printf("Site already holds %,d generated items (wanted %,d): nothing to do.%n", existing, wanted);
            analyze(connection, "content_item", "content_author");
            System.out.println("RESULT inserted=0");
            return;
        }
        long toInsert = wanted - existing;
        System.out.printf("Generating %,d items (%,d exist) over %d categories and %d units…%n",
                toInsert, existing, categoryIds.size(), unitIds.size());
        connection.setAutoCommit(false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        long inserted = 0;
        long number = lastNumber + 1;
        while (inserted < toInsert) {
            int size = (int) Math.min(BATCH, toInsert - inserted);
            long first = number;
            // composing (jsoup sanitizer, search text) costs more than inserting: use every core for it
            List<Item> batch = LongStream.range(first, first + size).parallel().mapToObj(n -> item(n, now)).toList();
            number += size;
            insert(batch);
            connection.commit();
            inserted += size;
            if (inserted % 10_000 == 0 || inserted == toInsert) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("  %,9d items, %6.1f s, %,8.0f rows/s%n", inserted, seconds, inserted / seconds);
            }
        }
        connection.setAutoCommit(true);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Inserted %,d items (+ %,d content_author rows) in %.1f s: %,.0f items/s%n",
                inserted, inserted, seconds, inserted / seconds);
        analyze(connection, "content_item", "content_author");
        System.out.println("RESULT inserted=" + inserted);
    }

    /**
     * Brings the optimizer's statistics of {@code tables} up to date. InnoDB recounts a table in the background once a
     * tenth of it changed, but that count is lost when the server stops before it ran — as the benchmarks stop it right
     * after generating: the tables then keep the statistics of their empty state, and MariaDB reads a whole table for a
     * page's 20 rows by id (30 ms instead of 0.1 ms for 50,000 legal documents).
     */
    static void analyze(Connection connection, String... tables) throws SQLException {
        long started = System.nanoTime();
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE TABLE " + String.join(", ", tables));
        }
        System.out.printf("Statistics of %s brought up to date (ANALYZE TABLE, %.1f s)%n", String.join(", ", tables),
                (System.nanoTime() - started) / 1e9);
    }

    /** One published item, the same for the same number on every run. */
    private Item item(long number, Instant now) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + number);
        int category = random.nextInt(categoryIds.size());
        int unit = random.nextInt(unitIds.size());
        long ageSeconds = 60 + random.nextLong(Duration.ofDays(3 * 365).toSeconds());
        Instant published = now.minusSeconds(ageSeconds).minusNanos(random.nextInt(1_000_000) * 1000L);
        Instant created = published.minus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
        Words.Text text = Words.compose(random, unitNames.get(unit), categoryTopics.get(category),
                ZonedDateTime.ofInstant(published, VIETNAM));
        String title = text.title().strip();
        String lead = text.lead().strip();
        String body = HtmlSanitizer.sanitize(text.html());
        String slug = SLUG_PREFIX + number + "-" + VietnameseText.slug(title);
        String kind = random.nextInt(4) == 0 ? "ARTICLE" : "NEWS";
        return new Item(slug, kind, title, lead, body, categoryIds.get(category), unitIds.get(unit),
                utc(created), utc(published), SearchText.of(title, lead, body), Words.person(random));
    }

    private record Item(String slug, String kind, String title, String lead, String body, long categoryId, long unitId,
                        LocalDateTime createdAt, LocalDateTime publishedAt, String searchText, String author) {
    }

    private void insert(List<Item> batch) throws SQLException {
        Map<Integer, PreparedStatement> statements = new HashMap<>();
        try {
            for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                List<Item> rows = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
                PreparedStatement insert = statements.computeIfAbsent(rows.size(), this::itemInsert);
                int p = 1;
                for (Item item : rows) {
                    insert.setLong(p++, siteId);
                    insert.setString(p++, item.kind());
                    insert.setString(p++, "NEWS_OR_REPLY");
                    insert.setString(p++, item.title());
                    insert.setString(p++, item.slug());
                    insert.setString(p++, item.lead());
                    insert.setString(p++, item.body());
                    insert.setLong(p++, item.categoryId());
                    insert.setLong(p++, item.unitId());
                    insert.setString(p++, "PUBLISHED");
                    insert.setString(p++, CREATED_BY);
                    insert.setObject(p++, item.createdAt());
                    insert.setObject(p++, item.publishedAt());
                    insert.setObject(p++, item.publishedAt());
                    insert.setString(p++, item.searchText());
                }
                insert.executeUpdate();
            }
        } finally {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
        Map<String, Long> ids = new HashMap<>();
        StringBuilder in = new StringBuilder("SELECT id, slug FROM content_item WHERE site_id = ? AND slug IN (");
        for (int i = 0; i < batch.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement select = connection.prepareStatement(in.append(')').toString())) {
            select.setLong(1, siteId);
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 2, batch.get(i).slug());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        StringBuilder authors = new StringBuilder(
                "INSERT INTO content_author (item_id, position, name, account_id, share_percent) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            authors.append(i == 0 ? "" : ",").append("(?, 0, ?, NULL, 100.00)");
        }
        try (PreparedStatement insert = connection.prepareStatement(authors.toString())) {
            int p = 1;
            for (Item item : batch) {
                Long id = ids.get(item.slug());
                if (id == null) {
                    throw new IllegalStateException("inserted item not found again: " + item.slug());
                }
                insert.setLong(p++, id);
                insert.setString(p++, item.author());
            }
            insert.executeUpdate();
        }
    }

    private PreparedStatement itemInsert(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body,"
                + " category_id, source_unit_id, state, created_by, created_at, updated_at, published_at, search_text,"
                + " featured, version) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)");
        }
        try {
            return connection.prepareStatement(sql.toString());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints a generated item near the middle of the range and its category, for the benchmark script. */
    private static void sample(Connection connection, String siteCode) throws SQLException {
        long site = siteId(connection, siteCode);
        long count;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM content_item WHERE site_id = ? AND slug LIKE 'bm-%' AND state = 'PUBLISHED'")) {
            select.setLong(1, site);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no generated item: run the generator first");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT i.slug, c.slug FROM content_item i JOIN category c ON c.id = i.category_id"
                        + " WHERE i.site_id = ? AND i.slug LIKE 'bm-%' AND i.state = 'PUBLISHED' AND c.visible = TRUE"
                        + " ORDER BY i.id LIMIT 1 OFFSET ?")) {
            select.setLong(1, site);
            select.setLong(2, count / 2);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no generated item in a visible category");
                }
                System.out.println("item=" + rs.getString(1));
                System.out.println("category=" + rs.getString(2));
                System.out.println("generated=" + count);
            }
        }
    }

    /**
     * Between two benchmark scenarios: requests whose client (wrk) has gone may still be queued in the server
     * or running statements. The statements of the public listings and search (the only slow ones,
     * {@code … FROM content_item i JOIN category c …}) are ended with {@code KILL QUERY}, others (the publishing
     * timer's) are waited for, until for 1.5 s no other connection runs a statement and the probe URL (a cheap
     * page that goes through the same worker threads) answers within 100 ms. So the next scenario starts on
     * an idle server.
     */
    private static void drain(Connection connection, int maxSeconds, String probe) throws SQLException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        int quiet = 0;
        int killed = 0;
        int running = 0;
        long probeMillis = 0;
        while (System.nanoTime() < deadline) {
            List<Long> listings = new ArrayList<>();
            running = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT ID, INFO LIKE '%FROM content_item i JOIN category c %'"
                         + " FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID()")) {
                while (rs.next()) {
                    running++;
                    if (rs.getBoolean(2)) {
                        listings.add(rs.getLong(1));
                    }
                }
            }
            for (long id : listings) {
                try (Statement kill = connection.createStatement()) {
                    kill.execute("KILL QUERY " + id);
                    killed++;
                } catch (SQLException gone) {
                    // finished meanwhile
                }
            }
            probeMillis = probe == null ? 0 : probe(http, probe);
            quiet = running == 0 && probeMillis < 100 ? quiet + 1 : 0;
            if (quiet >= 6) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (quiet < 6) {
            System.out.printf("drain: not idle after %d s (%d statement(s) running, probe %d ms; %d ended)%n",
                    maxSeconds, running, probeMillis, killed);
        } else if (killed > 0 || seconds > 3) {
            System.out.printf("drain: idle after %.1f s (%d statement(s) of abandoned requests ended)%n", seconds, killed);
        }
    }

    /** Milliseconds until the URL answered (whatever the status), at most 5 s. */
    private static long probe(HttpClient http, String url) throws InterruptedException {
        long started = System.nanoTime();
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return 5000;
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    static long siteId(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM site WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No site with code '" + code + "': start the dev server once first");
                }
                return rs.getLong(1);
            }
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + " (options are --name=value)");
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                options.put(arg.substring(2).toLowerCase(Locale.ROOT), "");
            } else {
                options.put(arg.substring(2, eq).toLowerCase(Locale.ROOT), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
