package vn.ttdt.portal.legaldocs.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.infrastructure.search.LegalDocumentSearchIndex;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.SyllableWords;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

/**
 * Legal documents in MariaDB. A search by words in issue-day order is answered by the {@link LegalDocumentSearchIndex}
 * when it is ready, the page's documents then read by id; otherwise (and for the other orders) the database's search is
 * the site plus indexed filters (type, field, level, status, issue year as a
 * date range, number as a prefix of {@code number_key}) and, for typed words, every syllable in the full-text index
 * {@code ft_legal_document_words} over {@code search_text} ({@link SyllableWords}); ordered by issue date, which
 * {@code ix_legal_document_issued} serves.
 */
@ApplicationScoped
public class JpaLegalDocumentRepository implements LegalDocumentRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "issuedOn", "d.issuedOn",
            "number", "d.numberKey",
            "effectiveOn", "d.effectiveOn");

    /** What a document's view shows besides its own columns, loaded for a whole page at once. */
    private static final List<String> SHOWN_PARTS = List.of("replacedBy", "amendedBy", "related", "files");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LegalDocumentSearchIndex searchIndex;

    @Override
    public Optional<LegalDocument> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, LegalDocument.class, site, id);
    }

    @Override
    public Optional<LegalDocument> bySlug(Site site, String slug) {
        return em.createQuery("SELECT d FROM LegalDocument d WHERE d.site = :site AND d.slug = :slug", LegalDocument.class)
                .setParameter("site", site).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Optional<LegalDocument> byNumber(Site site, String number, String issuer) {
        return em.createQuery("SELECT d FROM LegalDocument d WHERE d.site = :site AND d.numberKey = :number "
                        + "AND d.issuerKey = :issuer", LegalDocument.class)
                .setParameter("site", site).setParameter("number", DocumentNumber.key(number))
                .setParameter("issuer", DocumentNumber.issuerKey(issuer)).getResultStream().findFirst();
    }

    @Override
    public boolean slugTaken(Site site, String slug) {
        return bySlug(site, slug).isPresent();
    }

    @Override
    public Page<LegalDocument> search(Site site, LegalDocumentFilter filter, PageRequest page) {
        Optional<Page<Long>> found = matchingIds(site, filter, page);
        return found.isPresent() ? new Page<>(byIds(site, found.get().items()), found.get().total()) : fromDatabase(site, filter, page);
    }

    @Override
    public Optional<Page<Long>> matchingIds(Site site, LegalDocumentFilter filter, PageRequest page) {
        String sort = page.sortField() != null && SORTABLE.containsKey(page.sortField()) ? page.sortField() : null;
        if (sort != null && !sort.equals("issuedOn")) {
            return Optional.empty();
        }
        return searchIndex.search(site.getId(), filter, sort == null || !page.ascending(), page.offset(), page.limit());
    }

    @Override
    public List<LegalDocument> byIds(Site site, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LegalDocument> byId = JpqlSearch.batchFetch(em.createQuery(
                        "SELECT d FROM LegalDocument d WHERE d.site = :site AND d.id IN :ids", LegalDocument.class), "d", SHOWN_PARTS)
                .setParameter("site", site).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(LegalDocument::getId, d -> d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Page<LegalDocument> fromDatabase(Site site, LegalDocumentFilter filter, PageRequest page) {
        JpqlSearch<LegalDocument> search = new JpqlSearch<>(LegalDocument.class, "d", SORTABLE, "d.issuedOn DESC")
                .withParts(SHOWN_PARTS.toArray(String[]::new))
                .where("d.site = :site", "site", site)
                .where("d.type.id = :typeId", "typeId", filter.typeId())
                .where("d.field.id = :fieldId", "fieldId", filter.fieldId())
                .where("d.level.id = :levelId", "levelId", filter.levelId())
                .where("d.status = :status", "status", filter.status())
                .where("d.issuerKey = :issuer", "issuer", filter.issuer() == null ? null : DocumentNumber.issuerKey(filter.issuer()));
        if (filter.year() != null) {
            search.where("d.issuedOn >= :yearStart", "yearStart", LocalDate.of(filter.year(), 1, 1))
                    .where("d.issuedOn < :yearEnd", "yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.number() != null && !DocumentNumber.key(filter.number()).isEmpty()) {
            search.where("d.numberKey LIKE :number", "number", JpqlSearch.escapeLike(DocumentNumber.key(filter.number())) + "%");
        }
        return search.matching("d.searchText", SyllableWords.query(filter.text())).fetch(em, page);
    }

    @Override
    public List<LegalDocument> dueForStatusChange(LocalDate today) {
        return em.createQuery("SELECT d FROM LegalDocument d WHERE "
                        + "(d.status = :notYet AND d.effectiveOn <= :today) "
                        + "OR (d.status IN :running AND d.expiresOn <= :today)", LegalDocument.class)
                .setParameter("notYet", LegalStatus.NOT_YET_IN_FORCE)
                .setParameter("running", List.of(LegalStatus.NOT_YET_IN_FORCE, LegalStatus.IN_FORCE))
                .setParameter("today", today).getResultList();
    }

    @Override
    public List<LegalDocument> classifiedAs(Site site, LegalTerm term) {
        return em.createQuery("SELECT d FROM LegalDocument d WHERE d.site = :site AND (d.type = :term OR d.field = :term"
                + " OR d.level = :term)", LegalDocument.class).setParameter("site", site).setParameter("term", term).getResultList();
    }

    @Override
    public LegalDocument add(LegalDocument document) {
        em.persist(document);
        em.flush();
        return document;
    }
}
