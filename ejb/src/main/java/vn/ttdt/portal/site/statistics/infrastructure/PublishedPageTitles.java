package vn.ttdt.portal.site.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.site.rating.domain.RatedPages;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.statistics.domain.PageTitle;
import vn.ttdt.portal.site.statistics.domain.PageTitles;
import vn.ttdt.portal.site.statistics.domain.VisitedPage;

/**
 * The counted pages' titles as the public site publishes them: items, legal documents and procedures as the
 * satisfaction ratings find them (under their category, document type, procedure field), a category's list under
 * itself, the home page, and the other pages by their section's address. Answers are kept in memory until published
 * content changes (at most {@value #REMEMBERED} of them).
 */
@ApplicationScoped
public class PublishedPageTitles implements PageTitles {

    static final int REMEMBERED = 5_000;

    @Inject
    private RatedPages ratedPages;

    @Inject
    private PublicContent content;

    private final Map<VisitedPage, Optional<PageTitle>> known = new ConcurrentHashMap<>();

    @Override
    public Optional<PageTitle> of(VisitedPage page) {
        Optional<PageTitle> title = known.get(page);
        if (title == null) {
            title = find(page);
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(page, title);
        }
        return title;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        known.clear();
    }

    private Optional<PageTitle> find(VisitedPage page) {
        return switch (page.kind()) {
            case HOME -> Optional.of(new PageTitle(DomainTexts.text("visits.page.home"), null));
            case OTHER -> Optional.of(new PageTitle(page.ref(), null));
            case CATEGORY -> content.category(page.ref()).filter(c -> c.visible()).map(c -> new PageTitle(c.name(), c.name()));
            case ITEM -> rated(RatingKind.ITEM, page.ref());
            case LEGAL_DOCUMENT -> rated(RatingKind.LEGAL_DOCUMENT, page.ref());
            case PROCEDURE -> rated(RatingKind.PROCEDURE, page.ref());
        };
    }

    private Optional<PageTitle> rated(RatingKind kind, String ref) {
        return ratedPages.find(kind, ref).map(p -> new PageTitle(p.title(), p.category()));
    }
}
