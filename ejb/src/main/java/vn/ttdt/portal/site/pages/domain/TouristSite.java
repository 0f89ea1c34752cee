package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * A place worth visiting in the district, shown in the introduction at {@code /gioi-thieu/diem-du-lich/{slug}}: its
 * address, a link to a map, a sanitized description and photos from the media library (by their keys, in order).
 */
@Entity
@Table(name = "tourist_site")
public class TouristSite extends SiteOwned {

    @Column(updatable = false)
    private String slug;

    private String name;

    private String address;

    @Column(name = "map_url")
    private String mapUrl;

    private String description;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tourist_site_photo", joinColumns = @JoinColumn(name = "tourist_site_id"))
    @OrderColumn(name = "position")
    @Column(name = "media_key")
    private List<String> photoKeys = new ArrayList<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected TouristSite() {
    }

    public TouristSite(Site site, String slug) {
        super(site);
        this.slug = slug;
    }

    public void describe(String name, String address, String mapUrl, String description, int position,
                         List<String> photoKeys, String by, Instant at) {
        this.name = name;
        this.address = address;
        this.mapUrl = mapUrl == null || mapUrl.isBlank() ? null : mapUrl.strip();
        this.description = HtmlSanitizer.sanitize(description);
        this.position = position;
        this.photoKeys.clear();
        this.photoKeys.addAll(photoKeys);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getMapUrl() { return mapUrl; }
    public String getDescription() { return description; }
    public int getPosition() { return position; }
    public List<String> getPhotoKeys() { return List.copyOf(photoKeys); }
    public int getVersion() { return version; }
}
