package vn.ttdt.portal.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/** Readers share one copy of the site for a minute; then a rename in the database shows, and cached pages are told. */
class SiteDirectoryTest {

    private static final Duration KEPT_FOR = Duration.ofSeconds(60);

    private Site stored = camMy("Trang TTĐT huyện Cẩm Mỹ");
    private int reads;
    private Instant now = Instant.parse("2026-12-05T03:00:00Z");
    private final List<PublishedContentChanged> fired = new ArrayList<>();

    private final SiteDirectory directory = new SiteDirectory(new SiteRepository() {
        public Optional<Site> byCode(String code) {
            reads++;
            return Optional.of(stored).filter(s -> s.getCode().equals(code));
        }

        public Site add(Site site) {
            throw new UnsupportedOperationException();
        }

        public List<Site> all() {
            return List.of(stored);
        }
    }, new Clock() {
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }, fired::add, KEPT_FOR);

    @Test
    void readersShareOneCopyWithinTheRefreshTime() {
        directory.forReading();
        now = now.plus(KEPT_FOR).minusSeconds(1);
        directory.info();
        directory.forReading();

        assertEquals(1, reads);
    }

    @Test
    void aSiteRenamedInTheDatabaseShowsAfterTheRefreshTimeAndCachedPagesAreTold() {
        directory.info();
        stored = camMy("Cổng TTĐT huyện Cẩm Mỹ");
        now = now.plus(KEPT_FOR);

        assertEquals("Cổng TTĐT huyện Cẩm Mỹ", directory.info().name());
        assertEquals("Cổng TTĐT huyện Cẩm Mỹ", directory.forReading().getName());
        assertEquals(2, reads);
        assertEquals(List.of(new PublishedContentChanged("site default details")), fired);
    }

    @Test
    void aRefreshThatFindsNothingChangedTellsNobody() {
        directory.info();
        now = now.plus(KEPT_FOR);
        directory.info();

        assertEquals(2, reads);
        assertEquals(List.of(), fired);
    }

    @Test
    void theMinuteCheckRereadsAStaleCopyWithoutAReaderAndNeverReadsASiteNobodyAskedFor() {
        directory.refreshIfRead();
        assertEquals(0, reads);

        directory.info();
        stored = camMy("Cổng TTĐT huyện Cẩm Mỹ");
        now = now.plus(KEPT_FOR);
        directory.refreshIfRead();

        assertEquals(2, reads);
        assertEquals(1, fired.size());
    }

    private static Site camMy(String name) {
        return new Site(SiteDirectory.DEFAULT_CODE, name, "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    }
}
