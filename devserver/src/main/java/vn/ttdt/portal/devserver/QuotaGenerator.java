package vn.ttdt.portal.devserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The quota benchmark's data (see {@code benchmark/quota.sh}): ten years (2016–2025, Vietnam time) of news and
 * articles of the site's active units, {@code items} of them counted (published, one in twenty archived since) plus
 * one in fifty withdrawn, and twenty posting requests a quarter. Most units publish steadily; every fifth unit is quiet,
 * with zero to three items a quarter, so that some units lag behind their quota and others meet it; of the requests
 * one in seven is posted after its quarter and one in eleven never.
 * <p>
 * Written by {@code INSERT … SELECT} from MariaDB's sequence tables ({@code seq_1_to_N}) in chunks of 100,000, each
 * committed, as {@link PayrollBenchmark} writes its works: no text is composed (slugs {@code qb-<n>}, a fixed title
 * per kind, so the in-memory search index stays small), times and kinds from CRC32 hashes of the number, the same on
 * every run. Idempotent: {@code INSERT IGNORE} on the unique slug, so an interrupted run completes on the next one, and
 * a complete set is left alone. {@code updated_at} is the publication time, so that the search index never takes the
 * rows for recent changes.
 */
final class QuotaGenerator {

    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    static final int QUARTERS = YEARS * 4;
    private static final int CHUNK = 100_000;
    private static final int REQUESTS_PER_QUARTER = 20;
    private static final String SITE = "(SELECT id FROM site WHERE code = 'default')";
    /** The first instant of 2016 in Vietnam (UTC+7, no daylight saving), in UTC as the columns hold it. */
    private static final String START = "TIMESTAMP('" + (FIRST_YEAR - 1) + "-12-31 17:00:00')";
    private static final String SECONDS = "(TIMESTAMPDIFF(SECOND, '" + FIRST_YEAR + "-01-01', '" + (FIRST_YEAR + YEARS) + "-01-01'))";

    private final Connection db;
    private final BenchDatabase bench;

    QuotaGenerator(Connection db) {
        this.db = db;
        this.bench = new BenchDatabase(db);
    }

    /** Ensures {@code items} counted items and the posting requests; answers how many rows it inserted. */
    long generate(int items) throws SQLException {
        List<Long> units = activeUnits();
        List<Long> steady = new ArrayList<>();
        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            (i % 5 == 4 ? quiet : steady).add(units.get(i));
        }
        long quietItems = quietItems(quiet.size());
        long bulk = items - quietItems;
        long counted = bench.count("SELECT COUNT(*) FROM content_item WHERE site_id = " + SITE
                + " AND slug LIKE 'qb-%' AND state IN ('PUBLISHED', 'ARCHIVED')");
        long requests = bench.count("SELECT COUNT(*) FROM posting_request WHERE site_id = " + SITE + " AND submitted_by = 'qb'");
        if (counted >= items && requests >= (long) QUARTERS * REQUESTS_PER_QUARTER) {
            System.out.printf("Site already holds %,d counted benchmark items and %,d posting requests: nothing to do.%n", counted, requests);
            return 0;
        }
        System.out.printf("Generating %,d counted items (%,d of %d steady units, %,d of %d quiet units), %,d withdrawn, %,d posting requests…%n",
                items, bulk, steady.size(), quietItems, quiet.size(), bulk / 50, QUARTERS * REQUESTS_PER_QUARTER);
        long started = System.nanoTime();
        long inserted = 0;
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (long from = 1; from <= bulk; from += CHUNK) {
                inserted += steadyItems(from, Math.min(bulk, from + CHUNK - 1), steady);
                db.commit();
                System.out.printf("  %,9d items, %6.1f s%n", Math.min(bulk, from + CHUNK - 1), (System.nanoTime() - started) / 1e9);
            }
            inserted += withdrawnItems(bulk / 50, steady);
            inserted += quietItems(quiet);
            inserted += postingRequests(units);
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
        System.out.printf("Inserted %,d rows in %.1f s%n", inserted, (System.nanoTime() - started) / 1e9);
        return inserted;
    }

    private List<Long> activeUnits() throws SQLException {
        List<Long> units = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM unit WHERE site_id = " + SITE + " AND active ORDER BY id")) {
            while (r.next()) {
                units.add(r.getLong(1));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("the site has no active unit: start the dev server once so that the demo data is loaded");
        }
        return units;
    }

    /** Items {@code from}…{@code to} of the steady units: any time of the ten years, a quarter of them articles. */
    private long steadyItems(long from, long to, List<Long> units) throws SQLException {
        return insertItems("qb-", from, to, units, "IF(seq MOD 20 = 0, 'ARCHIVED', 'PUBLISHED')",
                START + " + INTERVAL FLOOR(CRC32(CONCAT('t', seq)) / 4294967296 * " + SECONDS + ") SECOND"
                        + " + INTERVAL (seq MOD 1000000) MICROSECOND", "seq");
    }

    private long withdrawnItems(long count, List<Long> units) throws SQLException {
        return insertItems("qb-w-", 1, count, units, "'UNPUBLISHED'",
                START + " + INTERVAL FLOOR(CRC32(CONCAT('w', seq)) / 4294967296 * " + SECONDS + ") SECOND", "seq");
    }

    /**
     * Quiet unit {@code j}, quarter {@code q}: {@code (7q + 3j) mod 4} items (0–3), news and articles alternating, ten
     * days and more into the quarter. Number {@code m} of {@code seq_0_to_…} is unit {@code m div 120}, quarter
     * {@code (m div 3) mod 40}, item {@code m mod 3}.
     */
    private long quietItems(List<Long> units) throws SQLException {
        if (units.isEmpty()) {
            return 0;
        }
        String quarterStart = START + " + INTERVAL ((seq DIV 3) MOD " + QUARTERS + ") * 3 MONTH";
        String sql = """
                INSERT IGNORE INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                    created_by, created_at, updated_at, published_at, search_text)
                SELECT s.id, x.kind, 'NEWS_OR_REPLY', IF(x.kind = 'NEWS', 'Tin chỉ tiêu của đơn vị', 'Bài chỉ tiêu của đơn vị'),
                    CONCAT('qb-q-', x.seq), '', '<p>Tin chỉ tiêu</p>', (SELECT MIN(id) FROM category WHERE site_id = s.id),
                    x.unit_id, 'PUBLISHED', 'bientap.demo', x.at - INTERVAL 1 HOUR, x.at, x.at, ''
                FROM (SELECT seq, ELT(1 + seq DIV %1$d, %2$s) AS unit_id,
                          IF(((seq DIV 3) MOD %3$d + seq MOD 3) MOD 2 = 0, 'NEWS', 'ARTICLE') AS kind,
                          %4$s + INTERVAL 10 + seq MOD 3 DAY AS at
                      FROM seq_0_to_%5$d
                      WHERE seq MOD 3 < ((seq DIV 3) MOD %3$d * 7 + (seq DIV %1$d) * 3) MOD 4) x
                JOIN site s ON s.code = 'default'""".formatted(QUARTERS * 3, ids(units), QUARTERS, quarterStart,
                units.size() * QUARTERS * 3 - 1);
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** How many items {@link #quietItems(List)} writes for {@code units} quiet units. */
    static long quietItems(int units) {
        long count = 0;
        for (int j = 0; j < units; j++) {
            for (int q = 0; q < QUARTERS; q++) {
                count += (q * 7 + j * 3) % 4;
            }
        }
        return count;
    }

    private long insertItems(String slugPrefix, long from, long to, List<Long> units, String state, String publishedAt,
            String number) throws SQLException {
        if (to < from) {
            return 0;
        }
        String sql = """
                INSERT IGNORE INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                    created_by, created_at, updated_at, published_at, search_text)
                SELECT s.id, x.kind, 'NEWS_OR_REPLY', IF(x.kind = 'NEWS', 'Tin chỉ tiêu của đơn vị', 'Bài chỉ tiêu của đơn vị'),
                    CONCAT('%1$s', x.n), '', '<p>Tin chỉ tiêu</p>', (SELECT MIN(id) FROM category WHERE site_id = s.id),
                    x.unit_id, %2$s, 'bientap.demo', x.at - INTERVAL 1 HOUR, x.at, x.at, ''
                FROM (SELECT %3$s AS n, seq, ELT(1 + CRC32(CONCAT('u', seq)) MOD %4$d, %5$s) AS unit_id,
                          IF(CRC32(CONCAT('k', seq)) MOD 4 = 0, 'ARTICLE', 'NEWS') AS kind, %6$s AS at
                      FROM seq_%7$d_to_%8$d) x
                JOIN site s ON s.code = 'default'""".formatted(slugPrefix, state.replace("seq", "x.seq"), number, units.size(),
                ids(units), publishedAt, from, to);
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /**
     * Twenty requests a quarter from the site's units, received every four and a half days; posted three days later,
     * except one in seven posted twenty days later (often after its quarter) and one in eleven still open.
     */
    private long postingRequests(List<Long> units) throws SQLException {
        String sql = """
                INSERT INTO posting_request (site_id, unit_id, submitted_by, received_at, summary, state, posted_at, version)
                SELECT s.id, ELT(1 + seq MOD %1$d, %2$s), 'qb', x.received, CONCAT('Đề nghị đăng tải chỉ tiêu số ', seq),
                    IF(seq MOD 11 = 0, 'OPEN', 'POSTED'),
                    IF(seq MOD 11 = 0, NULL, x.received + INTERVAL IF(seq MOD 7 = 0, 20, 3) DAY), 0
                FROM (SELECT seq, %3$s + INTERVAL (seq DIV %4$d) * 3 MONTH + INTERVAL (seq MOD %4$d) * 108 HOUR AS received
                      FROM seq_0_to_%5$d) x
                JOIN site s ON s.code = 'default'
                WHERE NOT EXISTS (SELECT 1 FROM posting_request r WHERE r.site_id = s.id AND r.submitted_by = 'qb'
                    AND r.summary = CONCAT('Đề nghị đăng tải chỉ tiêu số ', x.seq))""".formatted(units.size(), ids(units), START,
                REQUESTS_PER_QUARTER, QUARTERS * REQUESTS_PER_QUARTER - 1);
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            return insert.executeUpdate();
        }
    }

    private static String ids(List<Long> units) {
        return units.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
