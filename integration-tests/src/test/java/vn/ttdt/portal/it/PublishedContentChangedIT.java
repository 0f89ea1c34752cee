package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.content.application.PublishedGenerationLog;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * Public caches and the search index follow a change of published content once it is committed, and only then; and a
 * change another node made (only the shared generation moved) within about a second.
 */
@ExtendWith(InContainer.class)
@Isolated("asserts the published-content generation did not move, which any publication elsewhere moves")
class PublishedContentChangedIT {


    @Inject
    Event<PublishedContentChanged> published;

    @Inject
    PublishedContentGeneration generation;

    @Inject
    PublishedGenerationLog sharedGeneration;

    @Resource
    UserTransaction tx;

    @Test
    void aCommittedChangeMovesTheGenerationAtTheCommit() throws Exception {
        long before = generation.current();
        tx.begin();
        published.fire(new PublishedContentChanged("test: committed"));
        assertEquals(before, generation.current(), "not before the commit");
        tx.commit();

        assertTrue(generation.current() > before);
    }

    @Test
    void aChangeRolledBackLeavesTheGenerationWhereItWas() throws Exception {
        long before = generation.current();
        tx.begin();
        published.fire(new PublishedContentChanged("test: rolled back"));
        tx.rollback();

        assertEquals(before, generation.current());
    }

    @Test
    void anotherNodesChangeMovesThisNodesGenerationWithinAboutASecond() {
        long before = generation.current();

        sharedGeneration.moved();

        Await.until("this node to read the shared generation", generation::current, now -> now > before, Duration.ofSeconds(5));
    }
}
