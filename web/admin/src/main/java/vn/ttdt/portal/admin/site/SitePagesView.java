package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.site.pages.application.SiteInformationEditing;
import vn.ttdt.portal.site.pages.application.SitePageRevisionView;
import vn.ttdt.portal.site.pages.application.SitePageView;
import vn.ttdt.portal.site.pages.domain.SitePageKind;

/** The board edits a page of the introduction in Vietnamese and English; earlier texts are listed as revisions. */
@Named("sitePages")
@ViewScoped
public class SitePagesView implements Serializable {

    @Inject
    private SiteInformationEditing editing;

    @Inject
    private Feedback feedback;

    private SitePageKind kind = SitePageKind.NATURAL_CONDITIONS;
    private String body;
    private String bodyEn;
    private long version;
    private List<SitePageRevisionView> revisions = List.of();

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        show(editing.page(kind));
    }

    public void save() {
        SitePageView saved = feedback.attempt(() -> editing.savePage(kind, body, bodyEn, version), "sitePages.saved");
        if (saved != null) {
            show(saved);
        }
    }

    public void restore(SitePageRevisionView revision) {
        body = revision.body();
        bodyEn = revision.bodyEn();
    }

    private void show(SitePageView page) {
        body = page.body();
        bodyEn = page.bodyEn();
        version = page.version();
        revisions = editing.revisions(kind);
    }

    public SitePageKind[] getKinds() { return SitePageKind.values(); }
    public SitePageKind getKind() { return kind; }
    public void setKind(SitePageKind kind) { this.kind = kind; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public List<SitePageRevisionView> getRevisions() { return revisions; }
}
