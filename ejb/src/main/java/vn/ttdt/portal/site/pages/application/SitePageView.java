package vn.ttdt.portal.site.pages.application;

import java.time.Instant;
import vn.ttdt.portal.site.pages.domain.SitePage;
import vn.ttdt.portal.site.pages.domain.SitePageKind;

/** A page of the introduction; the texts are sanitized HTML. */
public record SitePageView(SitePageKind kind, String slug, String body, String bodyEn, String updatedBy, Instant updatedAt,
                           long version) {

    static SitePageView of(SitePage page) {
        return new SitePageView(page.getKind(), page.getKind().slug(), page.getBody(), page.getBodyEn(), page.getUpdatedBy(),
                page.getUpdatedAt(), page.getVersion());
    }

    static SitePageView empty(SitePageKind kind) {
        return new SitePageView(kind, kind.slug(), "", "", null, null, -1);
    }

    public boolean hasEnglish() {
        return !bodyEn.isBlank();
    }
}
