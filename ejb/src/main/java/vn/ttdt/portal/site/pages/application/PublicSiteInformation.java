package vn.ttdt.portal.site.pages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublishedSnapshots;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.pages.domain.OrganisationBodyRepository;
import vn.ttdt.portal.site.pages.domain.PortalLinkRepository;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import vn.ttdt.portal.site.pages.domain.SitePageRepository;
import vn.ttdt.portal.site.pages.domain.TouristSiteRepository;

/** What citizens read of the site's information: every page, tourist site, the chart and the links are public. */
@ApplicationScoped
public class PublicSiteInformation {

    @Inject
    private SitePageRepository pages;

    @Inject
    private TouristSiteRepository touristSites;

    @Inject
    private OrganisationBodyRepository bodies;

    @Inject
    private PortalLinkRepository links;

    @Inject
    private SiteDirectory sites;

    @Inject
    private PublishedSnapshots snapshots;

    public SitePageView page(SitePageKind kind) {
        return pages.byKind(sites.forReading(), kind).map(SitePageView::of).orElseGet(() -> SitePageView.empty(kind));
    }

    public List<TouristSiteView> touristSites() {
        return touristSites.all(sites.forReading()).stream().map(TouristSiteView::of).toList();
    }

    public Optional<TouristSiteView> touristSite(String slug) {
        return touristSites.bySlug(sites.forReading(), slug).map(TouristSiteView::of);
    }

    public List<OrganisationBodyView> organisationChart() {
        return OrganisationTree.inTreeOrder(bodies.all(sites.forReading()));
    }

    public List<PortalLinkView> links() {
        Site site = sites.forReading();
        return snapshots.of(new Links(site.getId()), () -> links.all(site).stream().map(PortalLinkView::of).toList());
    }

    private record Links(long site) {
    }
}
