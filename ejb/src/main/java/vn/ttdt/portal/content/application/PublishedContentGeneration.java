package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever what citizens may see could have changed (an item saved, moved
 * through the workflow, scheduled, published or withdrawn by the timer). Caches of public pages
 * keep the generation they were filled at and are stale once it moves.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishedContentGeneration {

    private final AtomicLong generation = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Read for every cached page: no transaction is begun for it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long current() {
        return generation.get();
    }

    /** Moves the counter when the caller's transaction ends, so that no cache refills from data not yet committed. */
    public void changed() {
        if (transactions.getTransactionKey() == null) {
            generation.incrementAndGet();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }
}
