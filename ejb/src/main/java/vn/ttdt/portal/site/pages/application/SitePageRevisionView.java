package vn.ttdt.portal.site.pages.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.site.pages.domain.SitePageRevision;

public record SitePageRevisionView(long id, String body, String bodyEn, String savedBy, Instant savedAt) implements Serializable {

    static SitePageRevisionView of(SitePageRevision revision) {
        return new SitePageRevisionView(revision.getId(), revision.getBody(), revision.getBodyEn(), revision.getSavedBy(),
                revision.getSavedAt());
    }
}
