package vn.ttdt.portal.legaldocs.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.VietnameseText;

public interface LegalDocumentRepository extends SiteOwnedRepository<LegalDocument> {

    Optional<LegalDocument> bySlug(Site site, String slug);

    /** The site's document with this number from this issuer under the uniqueness rule ({@link DocumentNumber}). */
    Optional<LegalDocument> byNumber(Site site, String number, String issuer);

    boolean slugTaken(Site site, String slug);

    /** A free address for a document: its folded type and number, with "-2", "-3"… when taken. */
    default String freeSlug(Site site, String typeName, String number) {
        String base = VietnameseText.slug(typeName + " " + number);
        String slug = base;
        for (int n = 2; slugTaken(site, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Matching documents of the site; sorted by issue date (default newest first) or number. */
    Page<LegalDocument> search(Site site, LegalDocumentFilter filter, PageRequest page);

    /**
     * The ids of the page {@link #search} would answer and the total, when they can be known without the database
     * (words typed, issue-day order, the in-memory index ready); empty otherwise.
     */
    Optional<Page<Long>> matchingIds(Site site, LegalDocumentFilter filter, PageRequest page);

    /** The site's documents with these ids, in the order of {@code ids}; ids of no such document are left out. */
    List<LegalDocument> byIds(Site site, List<Long> ids);

    /** Documents of every site whose stored status is no longer the one their dates give on {@code today}. */
    List<LegalDocument> dueForStatusChange(LocalDate today);

    /** The site's documents of this type, field or level. */
    List<LegalDocument> classifiedAs(Site site, LegalTerm term);

    LegalDocument add(LegalDocument document);
}
