package vn.ttdt.portal.site.about;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.site.PublicPages;
import vn.ttdt.portal.site.pages.application.LeaderEntry;
import vn.ttdt.portal.site.pages.application.OrganisationBodyView;
import vn.ttdt.portal.site.pages.application.PublicSiteInformation;
import vn.ttdt.portal.site.pages.application.SitePageView;
import vn.ttdt.portal.site.pages.application.TouristSiteView;
import vn.ttdt.portal.site.pages.domain.SitePageKind;

/**
 * The data of the introduction's pages (/gioi-thieu/…) and of their English counterparts (/en/…), loaded by view
 * actions, never in getters. The organisation, leaders and contact pages name their other-language address for
 * {@code hreflang}.
 */
@Named("about")
@RequestScoped
public class AboutPages {

    /** Vietnamese path → English path of the pages published in both languages. */
    static final Map<String, String> ENGLISH = Map.of(
            SiteInformationUrls.ORGANISATION, "/en/organisation",
            SiteInformationUrls.LEADERS, "/en/leaders",
            SiteInformationUrls.ABOUT + "/" + SitePageKind.CONTACTS.slug(), "/en/contact");

    @Inject
    private PublicSiteInformation information;

    private String slug;
    private SitePageView page;
    private SitePageView spokesperson;
    private List<TouristSiteView> touristSites = List.of();
    private TouristSiteView touristSite;
    private List<OrganisationBodyView> chart = List.of();

    public void loadPage() throws IOException {
        SitePageKind kind = SitePageKind.bySlug(slug).orElse(null);
        if (kind == null) {
            PublicPages.notFound();
            return;
        }
        page = information.page(kind);
    }

    public void loadOverview() {
        touristSites = information.touristSites();
    }

    public void loadTouristSites() {
        touristSites = information.touristSites();
    }

    public void loadTouristSite() throws IOException {
        touristSite = slug == null ? null : information.touristSite(slug).orElse(null);
        if (touristSite == null) {
            PublicPages.notFound();
        }
    }

    public void loadChart() {
        chart = information.organisationChart();
    }

    public void loadEnglishContact() {
        page = information.page(SitePageKind.CONTACTS);
        spokesperson = information.page(SitePageKind.SPOKESPERSON);
    }

    /** The English address of the Vietnamese page at {@code path}; null when it has none. */
    public String englishOf(String path) {
        return ENGLISH.get(path);
    }

    /** The Vietnamese address of the English page at {@code path}. */
    public String vietnameseOf(String path) {
        return ENGLISH.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey).findFirst().orElse("/");
    }

    public List<SitePageKind> getKinds() {
        return Arrays.asList(SitePageKind.values());
    }

    /** Every leader of the chart, body by body in tree order. */
    public List<BodyLeader> getLeaders() {
        return chart.stream().flatMap(body -> body.leaders().stream().map(leader -> new BodyLeader(body, leader))).toList();
    }

    /** A leader with the body they lead. */
    public record BodyLeader(OrganisationBodyView body, LeaderEntry leader) {
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public SitePageView getPage() { return page; }
    public SitePageView getSpokesperson() { return spokesperson; }
    public List<TouristSiteView> getTouristSites() { return touristSites; }
    public TouristSiteView getTouristSite() { return touristSite; }
    public List<OrganisationBodyView> getChart() { return chart; }
}
