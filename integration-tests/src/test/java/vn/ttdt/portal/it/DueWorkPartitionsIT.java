package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLedger;
import vn.ttdt.portal.royalty.domain.WorkPartition;

/**
 * Inside WildFly, on MariaDB: the payroll job's partitions of the works due (item id modulo the count, in the page
 * query) take every work of the month exactly once between them, page by page. The works are written in a transaction
 * that is rolled back, so no other test's payroll meets them.
 */
@ExtendWith(InContainer.class)
class DueWorkPartitionsIT {

    /** Months long before any other test's works: everything published before their end is this class's. */
    private static final YearMonth EMPTY = YearMonth.of(1985, 1);
    private static final YearMonth ONE_WORK = YearMonth.of(1986, 3);
    private static final YearMonth MANY_WORKS = YearMonth.of(1987, 5);

    @Inject
    PayrollComputation computation;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @BeforeEach
    void begin() throws Exception {
        tx.begin();
    }

    @AfterEach
    void rollBack() throws Exception {
        tx.rollback();
    }

    @Test
    void anEmptyMonthGivesEveryPartitionNothing() {
        for (WorkPartition share : WorkPartition.of(2)) {
            assertEquals(List.of(), read(EMPTY, share, 10));
        }
    }

    @Test
    void theOnlyWorkOfAMonthFallsInOnePartition() throws SQLException {
        long only = insertGradedWorks("1986-03-10 03:00:00", 1).get(0);
        List<WorkPartition> two = WorkPartition.of(2);
        assertEquals(List.of(only), read(ONE_WORK, WorkPartition.ALL, 10));
        assertEquals(List.of(only), read(ONE_WORK, two.get((int) (only % 2)), 10));
        assertEquals(List.of(), read(ONE_WORK, two.get((int) ((only + 1) % 2)), 10));
    }

    @Test
    void thePartitionsTakeEveryWorkOnceBetweenThemPageByPage() throws SQLException {
        List<Long> inserted = insertGradedWorks("1987-05-20 03:00:00", 11);
        List<Long> whole = read(MANY_WORKS, WorkPartition.ALL, 1000);
        assertEquals(inserted, whole);
        for (int count = 2; count <= 3; count++) {
            List<Long> together = new ArrayList<>();
            for (WorkPartition share : WorkPartition.of(count)) {
                List<Long> taken = read(MANY_WORKS, share, 2);
                assertTrue(taken.stream().allMatch(share::contains), share + ": " + taken);
                together.addAll(taken);
            }
            Set<Long> distinct = new HashSet<>(together);
            assertEquals(together.size(), distinct.size(), "no work in two partitions of " + count);
            assertEquals(new HashSet<>(whole), distinct, "every work in a partition of " + count);
        }
    }

    /** The item ids a partition's reader takes, in pages of {@code page} works as the job reads them. */
    private List<Long> read(YearMonth month, WorkPartition share, int page) {
        PayrollLedger.DueWorkSelection selection = computation.dueWorkSelection(month, share);
        List<Long> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            List<PayrollLedger.DueWork> works = computation.dueWorks(selection, after, page);
            works.forEach(work -> ids.add(work.work().itemId()));
            if (works.size() < page) {
                return ids;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** Graded, payable works of the current site published at {@code publishedAt} (UTC), one author each; their ids. */
    private List<Long> insertGradedWorks(String publishedAt, int count) throws SQLException {
        String token = Long.toString(System.nanoTime(), 36);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                        created_by, created_at, updated_at, published_at, search_text)
                    SELECT (SELECT MIN(id) FROM site), 'NEWS', 'NEWS_OR_REPLY', CONCAT('Tin chia phần ', seq), CONCAT('tin-chia-phan-%s-', seq),
                        'Sapo', '<p>Nội dung</p>', (SELECT MIN(id) FROM category), (SELECT MIN(id) FROM unit), 'PUBLISHED',
                        'ctv.demo', UTC_TIMESTAMP(), UTC_TIMESTAMP(), '%s', ' tin chia phan '
                    FROM seq_1_to_%d""".formatted(token, publishedAt, count));
            String ours = "SELECT id FROM content_item WHERE slug LIKE 'tin-chia-phan-" + token + "-%'";
            s.executeUpdate("INSERT INTO content_author (item_id, position, name, account_id, share_percent) SELECT id, 0, "
                    + "'Tác giả chia phần', NULL, 100 FROM content_item WHERE id IN (" + ours + ")");
            s.executeUpdate("INSERT INTO royalty_grading (item_id, coefficient, adjustment, adjustment_percent, payable, graded_by, "
                    + "graded_at) SELECT id, 2, 'NONE', 100, TRUE, 'pheduyet.demo', UTC_TIMESTAMP() FROM content_item WHERE id IN ("
                    + ours + ")");
            List<Long> ids = new ArrayList<>();
            try (var rows = s.executeQuery(ours + " ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
