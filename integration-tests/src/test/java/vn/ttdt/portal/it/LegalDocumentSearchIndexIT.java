package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.legaldocs.application.LegalStatusTimer;
import vn.ttdt.portal.legaldocs.domain.DocumentDescription;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentSearchIndex;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;

/**
 * In the container: the legal documents' search index follows the documents' change log, so that what another node
 * writes (here: rows written without this node's event) is found within seconds, a status moved by the timer at its
 * commit, and a row deleted in the database leaves the results.
 */
@ExtendWith(InContainer.class)
class LegalDocumentSearchIndexIT {

    private static final Duration ANOTHER_NODE = Duration.ofSeconds(20);

    @Inject
    LegalDocumentSearchIndex index;

    @Inject
    LegalDocumentRepository documents;

    @Inject
    LegalTermRepository terms;

    @Inject
    LegalStatusTimer timer;

    @Inject
    SiteDirectory sites;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private Optional<Page<Long>> search(String text, LegalStatus status) {
        return index.search(sites.forReading().getId(), new LegalDocumentFilter(text, null, null, null, null, null, status, null),
                true, 0, 20);
    }

    private List<Long> awaitFound(String what, String text, LegalStatus status, List<Long> expected) {
        return Await.until(what, () -> search(text, status).map(Page::items).orElse(null), expected::equals, ANOTHER_NODE);
    }

    private void sql(String statement, Object... parameters) throws Exception {
        tx.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        tx.commit();
    }

    @Test
    void changesOfAnotherNodeTheTimersStatusAndADeletedRowReachTheIndex() throws Exception {
        String word = "chimoc" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String number = Long.toString(System.nanoTime(), 36) + "/2000/NĐ-CP";
        LocalDate effective = LocalDate.of(2000, 2, 1);
        tx.begin();
        Site site = sites.current();
        LegalDocument document = new LegalDocument(site, documents.freeSlug(site, "Nghị định", number), "it",
                BusinessCalendar.startOf(LocalDate.of(2000, 1, 15)));
        document.describe(new DocumentDescription(terms.byCode(site, TermKind.TYPE, "nghi-dinh").orElseThrow(), null,
                terms.byCode(site, TermKind.LEVEL, "trung-uong").orElseThrow(), number, "Chính phủ", "Kiểm thử",
                LocalDate.of(2000, 1, 3), effective, null, "Quy định về chợ " + word), LocalDate.of(2000, 1, 15),
                java.time.Instant.now());
        long id = documents.add(document).getId();
        tx.commit();

        awaitFound("a document saved without this node's event is found", "cho " + word, null, List.of(id));
        assertEquals(1, search(number, LegalStatus.NOT_YET_IN_FORCE).orElseThrow().total());

        sql("UPDATE legal_document SET search_text = CONCAT(search_text, ' w_hoi w_an'), updated_at = UTC_TIMESTAMP(6)"
                + " WHERE id = ?", id);
        awaitFound("another node's change of the words", "hội an " + word, null, List.of(id));

        tx.begin();
        assertTrue(timer.refresh(effective) >= 1);
        tx.commit();
        assertEquals(Optional.of(List.of(id)), search(number, LegalStatus.IN_FORCE).map(Page::items), "at the timer's commit");
        assertEquals(0, search(number, LegalStatus.NOT_YET_IN_FORCE).orElseThrow().total());

        sql("DELETE FROM legal_document WHERE id = ?", id);
        awaitFound("a deleted row leaves the index", "cho " + word, null, List.of());
    }
}
