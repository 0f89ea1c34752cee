package vn.ttdt.portal.site.advertising.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A banner or text link of a contract: its title (the link text, or the picture's alternative text), an optional
 * picture from the media library and the http(s) address it leads to. Visitors reach that address through the
 * portal's click counter, never directly.
 */
@Entity
@Table(name = "ad_banner")
public class Banner extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private AdContract contract;

    @NotBlank(message = "{banner.title.required}")
    @Size(max = 200, message = "{banner.title.size}")
    private String title;

    @Column(name = "target_url")
    private String targetUrl;

    @ManyToOne
    @JoinColumn(name = "image_id")
    private Media image;

    private long clicks;

    @Version
    private int version;

    protected Banner() {
    }

    public Banner(Site site, AdContract contract, String title, String targetUrl) {
        super(site);
        this.contract = contract;
        describe(title, targetUrl);
    }

    public final void describe(String title, String targetUrl) {
        String url = TargetUrl.checked(targetUrl);
        if (url == null) {
            throw new BusinessRuleException("banner.targetUrl.invalid", "banner target refused: " + targetUrl);
        }
        this.title = title == null ? null : title.strip();
        this.targetUrl = url;
    }

    public void show(Media image) {
        if (image != null && !image.isImage()) {
            throw new BusinessRuleException("banner.image.notImage", "banner picture is not an image: " + image.getOriginalName());
        }
        this.image = image;
    }

    public AdContract getContract() { return contract; }
    public String getTitle() { return title; }
    public String getTargetUrl() { return targetUrl; }
    public Media getImage() { return image; }
    public long getClicks() { return clicks; }
    public int getVersion() { return version; }
}
