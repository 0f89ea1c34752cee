package vn.ttdt.portal.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

class PublishedContentGenerationTest {

    /** The shared row, as two nodes would see it. */
    private static final class SharedRow implements PublishedGenerationLog {
        long value;

        @Override
        public long moved() {
            return ++value;
        }

        @Override
        public long current() {
            return value;
        }
    }

    private final SharedRow row = new SharedRow();
    private final PublishedContentGeneration here = new PublishedContentGeneration(row);
    private final PublishedContentGeneration there = new PublishedContentGeneration(row);

    private void bothRead() {
        here.follow(row.current());
        there.follow(row.current());
    }

    @Test
    void aChangeOnOneNodeMovesTheOtherAtItsNextRead() {
        bothRead();
        long before = there.current();

        here.changed(new PublishedContentChanged("item 1"));
        assertEquals(before, there.current(), "not before it reads the shared generation");
        there.follow(row.current());

        assertEquals(before + 1, there.current());
    }

    @Test
    void aNodeTakesInItsOwnChangeOnceNotAgainAtItsNextRead() {
        bothRead();
        long before = here.current();

        here.changed(new PublishedContentChanged("item 1"));
        here.follow(row.current());

        assertEquals(before + 1, here.current());
    }

    @Test
    void anotherNodesChangeInterleavedWithItsOwnIsStillTakenIn() {
        bothRead();
        there.changed(new PublishedContentChanged("item 2 on the other node"));
        long before = here.current();

        here.changed(new PublishedContentChanged("item 1"));
        assertEquals(before + 1, here.current());
        here.follow(row.current());

        assertEquals(before + 2, here.current(), "the other node's change moves it again");
    }

    @Test
    void theFirstReadAfterAStartOnlyTakesNote() {
        row.value = 41;
        here.follow(row.current());

        assertEquals(0, here.current());
    }

    @Test
    void aChangeStillMovesThisNodeWhenTheSharedGenerationCannotBeWritten() {
        PublishedContentGeneration alone = new PublishedContentGeneration(new PublishedGenerationLog() {
            @Override
            public long moved() {
                throw new IllegalStateException("database gone");
            }

            @Override
            public long current() {
                throw new IllegalStateException("database gone");
            }
        });

        alone.changed(new PublishedContentChanged("item 1"));

        assertEquals(1, alone.current());
    }
}
