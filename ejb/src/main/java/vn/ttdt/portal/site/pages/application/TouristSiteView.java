package vn.ttdt.portal.site.pages.application;

import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.site.pages.domain.TouristSite;

/** A tourist site; {@code description} is sanitized HTML, photos are media keys (served at /media/{key}/{width}.jpg). */
public record TouristSiteView(long id, String slug, String name, String address, String mapUrl, String description,
                              int position, List<String> photoKeys, long version) implements Serializable {

    static TouristSiteView of(TouristSite site) {
        return new TouristSiteView(site.getId(), site.getSlug(), site.getName(), site.getAddress(), site.getMapUrl(),
                site.getDescription(), site.getPosition(), site.getPhotoKeys(), site.getVersion());
    }
}
