package vn.ttdt.portal.site.advertising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.site.advertising.application.PublicBanner;
import vn.ttdt.portal.site.advertising.application.PublicPlacements;
import vn.ttdt.portal.site.advertising.domain.Placement;

/**
 * The banners of a placement for the page being rendered. Every banner of today's contracts is in the markup (so a
 * cached page shows the same set to everyone until the contracts' dates or the banners change, when the page cache
 * is refreshed); the placements script shows one of them at random, so each gets a fair share of the views.
 */
@Named("placements")
@RequestScoped
public class Placements {

    @Inject
    private PublicPlacements placements;

    private final Map<Placement, List<PublicBanner>> shown = new EnumMap<>(Placement.class);

    public List<PublicBanner> banners(String placement) {
        return shown.computeIfAbsent(Placement.valueOf(placement), placements::today);
    }
}
