package vn.ttdt.portal.site.rating.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.site.pages.application.PublicSiteInformation;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import vn.ttdt.portal.site.rating.domain.RatedPage;
import vn.ttdt.portal.site.rating.domain.RatingKind;

/**
 * The site's own pages that carry a rating, named by their address without the leading slash: the published answers
 * ({@code hoi-dap}), the introduction and its pages ({@code gioi-thieu}, {@code gioi-thieu/lich-su} …), the tourist
 * sites, the organisation chart, the leaders, and the English pages ({@code en/contact} …). A tourist site that is not
 * published is no rated page.
 */
@ApplicationScoped
public class RatedSitePages {

    static final String ANSWERS = "hoi-dap";
    private static final String ABOUT = "gioi-thieu";
    private static final String TOURIST_SITES = ABOUT + "/diem-du-lich";
    private static final Map<String, String> FIXED = Map.of(
            ANSWERS, "rating.page.answers",
            ABOUT, "rating.page.about",
            TOURIST_SITES, "rating.page.touristSites",
            ABOUT + "/co-cau-to-chuc", "rating.page.organisation",
            ABOUT + "/lanh-dao", "rating.page.leaders",
            "en/organisation", "rating.page.en.organisation",
            "en/leaders", "rating.page.en.leaders",
            "en/contact", "rating.page.en.contact");
    private static final Pattern TOURIST_SITE = Pattern.compile("^" + TOURIST_SITES + "/([a-z0-9-]{1,140})$");
    private static final Pattern ABOUT_PAGE = Pattern.compile("^" + ABOUT + "/([a-z0-9-]{1,60})$");

    @Inject
    private PublicSiteInformation information;

    public Optional<RatedPage> find(String ref) {
        String fixed = FIXED.get(ref);
        if (fixed != null) {
            return Optional.of(page(ref, DomainTexts.text(fixed)));
        }
        Matcher touristSite = TOURIST_SITE.matcher(ref);
        if (touristSite.matches()) {
            return information.touristSite(touristSite.group(1))
                    .map(site -> page(ref, DomainTexts.text("rating.page.touristSite", site.name())));
        }
        Matcher aboutPage = ABOUT_PAGE.matcher(ref);
        if (aboutPage.matches()) {
            return SitePageKind.bySlug(aboutPage.group(1))
                    .map(kind -> page(ref, DomainTexts.text("rating.page.aboutPage", DomainTexts.text("sitePage." + kind.name()))));
        }
        return Optional.empty();
    }

    private static RatedPage page(String ref, String title) {
        String category = DomainTexts.text(ANSWERS.equals(ref) ? "rating.category.answers" : "rating.category.about");
        return new RatedPage(RatingKind.PAGE, ref, title, category, "/" + ref);
    }
}
