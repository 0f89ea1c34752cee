package vn.ttdt.portal.site.statistics.domain;

import java.util.Optional;

/** The title and category of a page the site publishes now; empty for a page it does not publish (not counted). */
public interface PageTitles {

    Optional<PageTitle> of(VisitedPage page);
}
