package vn.ttdt.portal.devserver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.SyllableWords;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Fills a portal database with many legal documents for the benchmark of {@code /van-ban} (see
 * {@code benchmark/legaldocs.sh}).
 * <p>
 * The documents are written with JDBC straight into {@code legal_document}, as the application stores them: number
 * and issuer keys by {@link DocumentNumber}, the search words by {@link SyllableWords} from type, number, issuer,
 * signer and summary, the status by {@link LegalStatus#on} for today. Types, fields and levels are the site's
 * {@code legal_term} rows; issuers go from the Government to the communes of Cẩm Mỹ, each with its level and symbol
 * ({@code 1234/2019/QĐ-UBND}); summaries are composed from the usual phrases of directive documents with a fixed seed
 * per document number, issue days spread over fifteen years. Slugs {@code bm-<number>-<number slug>}.
 * <p>
 * Idempotent: when the site already holds N documents with a slug starting {@code bm-}, nothing is written; an
 * interrupted run goes on after the last committed batch. A running server knows the new rows only after a restart.
 *
 * <pre>
 * java -cp … vn.ttdt.portal.devserver.LegalDocumentGenerator [--url=…] [--user=portal] --password=… [--count=50000]
 * … LegalDocumentGenerator --sample      prints document=&lt;slug&gt;, number=, type=&lt;term id&gt;, year= of a generated one
 * </pre>
 */
public final class LegalDocumentGenerator {

    private static final int BATCH = 1000;
    private static final int ROWS_PER_STATEMENT = 250;
    private static final long SEED = 20_140_101L;
    private static final String CREATED_BY = "bientap.demo";

    /** An issuing body, its level (legal_term code) and the symbol after its number, "{t}" standing for the type's letters. */
    private record Issuer(String name, String level, String symbol) {
    }

    private static final List<Issuer> ISSUERS = issuers();

    private static final List<String> SUBJECTS = List.of("cải cách hành chính", "chuyển đổi số", "xây dựng nông thôn mới",
            "dịch vụ công trực tuyến", "cơ chế một cửa, một cửa liên thông", "thanh toán không dùng tiền mặt",
            "quản lý đất đai", "cấp giấy chứng nhận quyền sử dụng đất", "bảo vệ môi trường", "phòng cháy, chữa cháy",
            "an toàn giao thông", "giảm nghèo bền vững", "bảo hiểm xã hội, bảo hiểm y tế", "phổ biến, giáo dục pháp luật",
            "hòa giải ở cơ sở", "thi đua, khen thưởng", "tổ chức bộ máy", "tuyển dụng công chức", "quản lý ngân sách",
            "đầu tư công", "phòng, chống dịch bệnh", "phát triển du lịch", "xây dựng đời sống văn hóa",
            "thông tin cơ sở", "trang thông tin điện tử", "nhuận bút, thù lao", "an toàn thông tin mạng",
            "định danh điện tử", "hộ tịch", "chứng thực", "khuyến nông", "phòng, chống thiên tai");

    private static final List<String> OPENINGS = List.of("Về việc ban hành quy chế", "Về việc phê duyệt kế hoạch",
            "Quy định chi tiết về", "Hướng dẫn thực hiện", "Về việc triển khai", "Về việc tăng cường công tác",
            "Ban hành quy định về", "Về việc kiện toàn ban chỉ đạo", "Sửa đổi, bổ sung một số điều của quy định về",
            "Về việc tổ chức thực hiện", "Công bố danh mục thủ tục hành chính lĩnh vực", "Về việc giao chỉ tiêu");

    private static final List<String> PLACES = List.of("trên địa bàn tỉnh Đồng Nai", "trên địa bàn huyện Cẩm Mỹ",
            "trong các cơ quan hành chính nhà nước", "năm {y}", "giai đoạn {y}–{y5}", "tại xã {c}", "trên phạm vi cả nước",
            "của Ủy ban nhân dân các xã, thị trấn");

    private static final List<String> SIGNERS = List.of("Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Quang Minh",
            "Phạm Đức Thắng", "Võ Văn Chánh", "Đặng Thị Mỹ Hạnh", "Hoàng Văn Long", "Bùi Thanh Sơn", "Ngô Minh Tuấn",
            "Huỳnh Thị Lan", "Đỗ Quốc Bảo", "Dương Văn Tài");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ContentGenerator.parse(args);
        String url = options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3307/portal");
        String user = options.getOrDefault("user", ContentGenerator.env("PORTAL_DB_USER", "portal"));
        try (Connection connection = DriverManager.getConnection(url, user, DatabasePassword.of(options))) {
            LegalDocumentGenerator generator = new LegalDocumentGenerator(connection, options.getOrDefault("site", "default"));
            if (options.containsKey("sample")) {
                generator.sample();
            } else {
                generator.generate(Integer.parseInt(options.getOrDefault("count", "50000")));
            }
        }
    }

    private final Connection connection;
    private final long siteId;
    private final List<Term> types;
    private final List<Term> fields;
    private final List<Term> levels;
    private final LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    private record Term(long id, String code, String name) {
    }

    private LegalDocumentGenerator(Connection connection, String siteCode) throws SQLException {
        this.connection = connection;
        this.siteId = ContentGenerator.siteId(connection, siteCode);
        this.types = terms("TYPE");
        this.fields = terms("FIELD");
        this.levels = terms("LEVEL");
        if (types.isEmpty() || levels.isEmpty()) {
            throw new IllegalStateException("Site '" + siteCode + "' has no legal document types or levels: "
                    + "start the dev server once so that the demo data is loaded");
        }
    }

    private List<Term> terms(String kind) throws SQLException {
        List<Term> terms = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, code, name FROM legal_term WHERE site_id = ? AND kind = ? ORDER BY sort_order, id")) {
            select.setLong(1, siteId);
            select.setString(2, kind);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    terms.add(new Term(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return terms;
    }

    private void generate(int wanted) throws SQLException {
        long existing;
        long lastNumber;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(MAX(CAST(SUBSTRING_INDEX(SUBSTRING(slug, 4), '-', 1) AS UNSIGNED)), 0)"
                        + " FROM legal_document WHERE site_id = ? AND slug LIKE 'bm-%'")) {
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                existing = rs.getLong(1);
                lastNumber = rs.getLong(2);
            }
        }
        if (existing >= wanted) {
            System.out.printf("Site already holds %,d generated legal documents (wanted %,d): nothing to do.%n", existing, wanted);
            ContentGenerator.analyze(connection, "legal_document");
            System.out.println("RESULT inserted=0");
            return;
        }
        long toInsert = wanted - existing;
        System.out.printf("Generating %,d legal documents (%,d exist)…%n", toInsert, existing);
        connection.setAutoCommit(false);
        LocalDateTime now = ContentGenerator.utc(Instant.now().truncatedTo(ChronoUnit.MICROS));
        long started = System.nanoTime();
        long inserted = 0;
        long number = lastNumber + 1;
        while (inserted < toInsert) {
            int size = (int) Math.min(BATCH, toInsert - inserted);
            List<Document> batch = LongStream.range(number, number + size).parallel().mapToObj(this::document).toList();
            number += size;
            insert(batch, now);
            connection.commit();
            inserted += size;
            if (inserted % 10_000 == 0 || inserted == toInsert) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("  %,9d documents, %6.1f s, %,8.0f rows/s%n", inserted, seconds, inserted / seconds);
            }
        }
        connection.setAutoCommit(true);
        System.out.printf("Inserted %,d legal documents in %.1f s%n", inserted, (System.nanoTime() - started) / 1e9);
        ContentGenerator.analyze(connection, "legal_document");
        System.out.println("RESULT inserted=" + inserted);
    }

    private record Document(String slug, Term type, Term field, Term level, String number, String issuer, String signer,
                            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String summary) {
    }

    /** Document {@code n}, the same on every run. */
    private Document document(long n) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + n);
        Issuer issuer = pick(random, ISSUERS);
        Term type = pick(random, types);
        Term level = levels.stream().filter(t -> t.code().equals(issuer.level())).findFirst().orElse(levels.get(0));
        Term field = random.nextInt(8) == 0 || fields.isEmpty() ? null : pick(random, fields);
        LocalDate issuedOn = today.minusDays(random.nextInt(15 * 365));
        LocalDate effectiveOn = issuedOn.plusDays(random.nextInt(4) == 0 ? 0 : 10 + random.nextInt(45));
        LocalDate expiresOn = random.nextInt(10) == 0 ? effectiveOn.plusYears(1 + random.nextInt(5)) : null;
        String commune = pick(random, Words.COMMUNES);
        String issuerName = issuer.name().replace("{c}", commune);
        String number = n + "/" + issuedOn.getYear() + "/" + issuer.symbol().replace("{t}", initials(type.name()));
        String place = pick(random, PLACES).replace("{y}", String.valueOf(issuedOn.getYear()))
                .replace("{y5}", String.valueOf(issuedOn.getYear() + 5)).replace("{c}", commune);
        String summary = pick(random, OPENINGS) + " " + pick(random, SUBJECTS) + " " + place;
        if (random.nextInt(3) == 0) {
            summary += " và " + pick(random, SUBJECTS);
        }
        return new Document("bm-" + n + "-" + VietnameseText.slug(number), type, field, level, number, issuerName,
                pick(random, SIGNERS), issuedOn, effectiveOn, expiresOn, summary);
    }

    /** "Nghị định" → "NĐ", "Quyết định" → "QĐ", "Kế hoạch" → "KH": the first letter of each word, đ kept. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            String first = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            initials.append("Đ".equals(first) ? first : VietnameseText.withoutMarks(first));
        }
        return initials.toString();
    }

    private void insert(List<Document> batch, LocalDateTime now) throws SQLException {
        for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
            List<Document> rows = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO legal_document (site_id, slug, type_id, field_id, level_id,"
                    + " number, number_key, issuer, issuer_key, signer, issued_on, effective_on, expires_on, summary, status,"
                    + " search_text, created_by, created_at, updated_at, version) VALUES ");
            for (int i = 0; i < rows.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Document d : rows) {
                    insert.setLong(p++, siteId);
                    insert.setString(p++, d.slug());
                    insert.setLong(p++, d.type().id());
                    insert.setObject(p++, d.field() == null ? null : d.field().id());
                    insert.setLong(p++, d.level().id());
                    insert.setString(p++, d.number());
                    insert.setString(p++, DocumentNumber.key(d.number()));
                    insert.setString(p++, d.issuer());
                    insert.setString(p++, DocumentNumber.issuerKey(d.issuer()));
                    insert.setString(p++, d.signer());
                    insert.setObject(p++, d.issuedOn());
                    insert.setObject(p++, d.effectiveOn());
                    insert.setObject(p++, d.expiresOn());
                    insert.setString(p++, d.summary());
                    insert.setString(p++, LegalStatus.on(today, d.effectiveOn(), d.expiresOn(), false).name());
                    insert.setString(p++, SyllableWords.of(d.type().name(), d.number(), d.issuer(), d.signer(), d.summary()));
                    insert.setString(p++, CREATED_BY);
                    LocalDateTime entered = entered(d, now);
                    insert.setObject(p++, entered);
                    insert.setObject(p++, entered);
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * When a generated document was entered: on its issue day (08:00 in Vietnam), as an old portal's documents were, never
     * after {@code now}. Stamped "now", all of them would count as changed minutes ago, and every node's index would read
     * their change stamps again at each look for {@code FollowedIndex.OVERLAP} after a generation: a cost no real portal
     * has, measured by the benchmark's first ten minutes.
     */
    private static LocalDateTime entered(Document d, LocalDateTime now) {
        LocalDateTime issueDay = d.issuedOn().atTime(1, 0);
        return issueDay.isAfter(now) ? now : issueDay;
    }

    /** Prints a generated document near the middle of the range, its number, type and year, for the benchmark script. */
    private void sample() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT slug, number, type_id, YEAR(issued_on), (SELECT COUNT(*) FROM legal_document WHERE site_id = ?"
                        + " AND slug LIKE 'bm-%') FROM legal_document WHERE site_id = ? AND slug LIKE 'bm-%'"
                        + " ORDER BY id LIMIT 1 OFFSET ?")) {
            select.setLong(1, siteId);
            select.setLong(2, siteId);
            select.setLong(3, count() / 2);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no generated legal document: run the generator first");
                }
                System.out.println("document=" + rs.getString(1));
                System.out.println("number=" + rs.getString(2));
                System.out.println("type=" + rs.getLong(3));
                System.out.println("year=" + rs.getInt(4));
                System.out.println("generated=" + rs.getLong(5));
            }
        }
    }

    private long count() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM legal_document WHERE site_id = ? AND slug LIKE 'bm-%'")) {
            select.setLong(1, siteId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<Issuer> issuers() {
        return List.of(new Issuer("Chính phủ", "trung-uong", "{t}-CP"), new Issuer("Thủ tướng Chính phủ", "trung-uong", "{t}-TTg"),
                new Issuer("Bộ Thông tin và Truyền thông", "trung-uong", "{t}-BTTTT"),
                new Issuer("Bộ Tài chính", "trung-uong", "{t}-BTC"), new Issuer("Bộ Nội vụ", "trung-uong", "{t}-BNV"),
                new Issuer("UBND tỉnh Đồng Nai", "tinh", "{t}-UBND"), new Issuer("HĐND tỉnh Đồng Nai", "tinh", "{t}-HĐND"),
                new Issuer("Sở Thông tin và Truyền thông Đồng Nai", "tinh", "{t}-STTTT"),
                new Issuer("UBND huyện Cẩm Mỹ", "huyen", "{t}-UBND"), new Issuer("Huyện ủy Cẩm Mỹ", "huyen", "{t}-HU"),
                new Issuer("UBND huyện Cẩm Mỹ", "huyen", "{t}-UBND"), new Issuer("UBND xã {c}", "xa", "{t}-UBND"));
    }
}
