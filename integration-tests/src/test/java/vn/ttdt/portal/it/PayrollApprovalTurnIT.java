package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollRepository;

/**
 * In the container: a site's payroll approvals are taken one at a time. Two payrolls can hold the same share (a work
 * is due in every month after its own until an approved payroll pays it); the second approval must wait for the
 * first to end so that it sees the first one's settlement and is refused with the message that tells finance to run
 * the draft again, instead of failing on the settlement's unique key. On a site of its own with one draft payroll,
 * removed afterwards; both approvals' transactions are rolled back.
 */
@ExtendWith(InContainer.class)
class PayrollApprovalTurnIT {

    @Inject
    PayrollRepository payrolls;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aSecondApprovalOfTheSiteWaitsUntilTheFirstHasEnded() throws Exception {
        tx.begin();
        Site own = new Site("luot-duyet-" + Long.toString(System.nanoTime(), 36), "Trang kiểm thử lượt duyệt", "Kiểm thử",
                "UBND kiểm thử");
        em.persist(own);
        em.flush();
        long site = own.getId();
        em.persist(new Payroll(site, YearMonth.of(2001, 1)));
        tx.commit();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CompletableFuture<Long> secondConnection = new CompletableFuture<>();
        ExecutorService approvers = Executors.newFixedThreadPool(2);
        try {
            Future<Long> firstEnds = approvers.submit(() -> {
                tx.begin();
                try {
                    payrolls.holdApprovals(site);
                    firstHolds.countDown();
                    long waiting = secondConnection.get(30, TimeUnit.SECONDS);
                    Await.until("the second approval waiting for the first one's turn", () -> waitsForALock(waiting),
                            Boolean.TRUE::equals, Duration.ofSeconds(5));
                    return System.nanoTime();
                } finally {
                    tx.rollback();
                }
            });
            assertTrue(firstHolds.await(30, TimeUnit.SECONDS), "the first approval holds the site's turn");
            Future<Long> secondHolds = approvers.submit(() -> {
                tx.begin();
                try {
                    secondConnection.complete(((Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult()).longValue());
                    payrolls.holdApprovals(site);
                    return System.nanoTime();
                } finally {
                    tx.rollback();
                }
            });
            long second = secondHolds.get(60, TimeUnit.SECONDS);
            long first = firstEnds.get(60, TimeUnit.SECONDS);
            assertTrue(second > first, "the second approval went on " + TimeUnit.NANOSECONDS.toMillis(first - second)
                    + " ms before the first one ended");
        } finally {
            approvers.shutdownNow();
            tx.begin();
            em.createQuery("DELETE FROM Payroll p WHERE p.siteId = :site").setParameter("site", site).executeUpdate();
            em.remove(em.find(Site.class, site));
            tx.commit();
        }
    }

    /** Whether the transaction on that MariaDB connection waits for a row another transaction holds. */
    private boolean waitsForALock(long connection) {
        return ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = ? AND trx_state = 'LOCK WAIT'")
                .setParameter(1, connection).getSingleResult()).longValue() > 0;
    }
}
