package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.legaldocs.application.LegalStatusTimer;
import vn.ttdt.portal.legaldocs.application.PostingShares;
import vn.ttdt.portal.legaldocs.domain.DocumentDescription;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingShare;
import vn.ttdt.portal.legaldocs.domain.RequestedDocument;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * In the container: the status timer moves a document's stored status on its effective day and refreshes the public
 * pages at the commit; the share of quota rule 5 counts a quarter's requests in Vietnamese time.
 */
@ExtendWith(InContainer.class)
class LegalStatusAndShareIT {

    @Inject
    LegalStatusTimer timer;

    @Inject
    PostingShares shares;

    @Inject
    LegalDocumentRepository documents;

    @Inject
    LegalTermRepository terms;

    @Inject
    PostingRequestRepository requests;

    @Inject
    UnitRepository units;

    @Inject
    SiteDirectory sites;

    @Inject
    PublishedContentGeneration generation;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private LegalDocument document(Site site, String number, LocalDate issued, LocalDate effective, LocalDate enteredOn) {
        Instant entered = BusinessCalendar.startOf(enteredOn);
        LegalDocument document = new LegalDocument(site, documents.freeSlug(site, "Nghị định", number), "it", entered);
        document.describe(new DocumentDescription(terms.byCode(site, TermKind.TYPE, "nghi-dinh").orElseThrow(), null,
                terms.byCode(site, TermKind.LEVEL, "trung-uong").orElseThrow(), number, "Chính phủ", "Kiểm thử",
                issued, effective, null, "Văn bản kiểm thử hiệu lực " + number), enteredOn, entered);
        return documents.add(document);
    }

    @Test
    void theTimerPutsADocumentInForceOnItsEffectiveDayAndTheCachesFollowAtTheCommit() throws Exception {
        String number = token() + "/2000/NĐ-CP";
        LocalDate effective = LocalDate.of(2000, 2, 1);
        tx.begin();
        long id = document(sites.current(), number, LocalDate.of(2000, 1, 3), effective, LocalDate.of(2000, 1, 15)).getId();
        tx.commit();
        assertEquals(LegalStatus.NOT_YET_IN_FORCE, status(id));

        tx.begin();
        timer.refresh(effective.minusDays(1));
        tx.commit();
        assertEquals(LegalStatus.NOT_YET_IN_FORCE, status(id), "the day before");

        long before = generation.current();
        tx.begin();
        assertTrue(timer.refresh(effective) >= 1);
        assertEquals(before, generation.current(), "not before the commit");
        tx.commit();

        assertEquals(LegalStatus.IN_FORCE, status(id));
        assertTrue(generation.current() > before, "the public pages are refreshed");
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = "
                + "'LEGAL_DOCUMENT_STATUS_CHANGED' AND target_id = ?").setParameter(1, Long.toString(id)).getSingleResult()).longValue());
    }

    @Test
    void theShareCountsTheQuartersRequestsPostedByItsLastDayVietnamTime() throws Exception {
        tx.begin();
        try {
            Site site = sites.current();
            Unit anyUnit = units.active(site).get(0);
            Unit unit = units.add(new Unit(site, anyUnit.getGroup(), "UBND xã Chỉ tiêu " + token(),
                    "Xã CT " + token(), new Contact(null, null, null, null), Instant.now()));
            PostingRequest onTime = request(unit, at(2023, 4, 3, 8));
            PostingRequest late = request(unit, at(2023, 6, 30, 15));
            PostingRequest declined = request(unit, at(2023, 5, 2, 8));
            request(unit, at(2023, 7, 1, 0));
            request(unit, at(2023, 3, 31, 23));
            onTime.post(document(site, token() + "/KH", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 1),
                    LocalDate.of(2023, 4, 4)), "it", at(2023, 6, 30, 23));
            late.post(document(site, token() + "/KH", LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30),
                    LocalDate.of(2023, 7, 1)), "it", at(2023, 7, 1, 0));
            declined.decline("Không thuộc diện đăng", "it", at(2023, 5, 3, 8));
            em.flush();

            assertEquals(new PostingShare(new Quarter(2023, 2), 3, 1), shares.of(site, unit, new Quarter(2023, 2)));
            assertEquals(new PostingShare(new Quarter(2023, 3), 1, 0), shares.of(site, unit, new Quarter(2023, 3)));
            assertEquals(new PostingShare(new Quarter(2023, 1), 1, 0), shares.of(site, unit, new Quarter(2023, 1)));
            assertTrue(shares.of(site, null, new Quarter(2023, 2)).received() >= 3, "the whole site");
        } finally {
            tx.rollback();
        }
    }

    private PostingRequest request(Unit unit, Instant received) {
        return requests.add(new PostingRequest(unit, "it", received,
                new RequestedDocument("1/KH", "Kế hoạch", unit.getName(), null, "Kế hoạch kiểm thử"), null, null));
    }

    private static String token() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(BusinessCalendar.ZONE).toInstant();
    }

    private LegalStatus status(long id) {
        return LegalStatus.valueOf((String) em.createNativeQuery("SELECT status FROM legal_document WHERE id = ?")
                .setParameter(1, id).getSingleResult());
    }
}
