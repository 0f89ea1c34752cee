package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.site.pages.application.PortalLinkDraft;
import vn.ttdt.portal.site.pages.application.PortalLinkEditing;
import vn.ttdt.portal.site.pages.application.PortalLinkView;
import vn.ttdt.portal.site.pages.domain.PortalLinkKind;

/** The links to other portals: a list, a dialog to add or change one, removal. */
@Named("portalLinks")
@ViewScoped
public class PortalLinksView implements Serializable {

    @Inject
    private PortalLinkEditing editing;

    @Inject
    private Feedback feedback;

    private List<PortalLinkView> links = List.of();
    private Long id;
    private PortalLinkKind kind = PortalLinkKind.PROVINCE;
    private String name;
    private String url;
    private int position;
    private Long version;

    @PostConstruct
    void init() {
        links = editing.all();
    }

    public void startNew() {
        id = null;
        kind = PortalLinkKind.PROVINCE;
        name = null;
        url = "https://";
        position = links.size() + 1;
        version = null;
    }

    public void edit(PortalLinkView link) {
        id = link.id();
        kind = link.kind();
        name = link.name();
        url = link.url();
        position = link.position();
        version = link.version();
    }

    public void save() {
        PortalLinkDraft draft = new PortalLinkDraft(kind, name, url, position, version);
        Long editing = id;
        PortalLinkView saved = feedback.attempt(() -> this.editing.save(editing, draft), "portalLinks.saved");
        if (saved != null) {
            links = this.editing.all();
            PrimeFaces.current().executeScript("PF('linkDialog').hide()");
        }
    }

    public void remove(PortalLinkView link) {
        if (feedback.done(() -> editing.remove(link.id()), "portalLinks.removed")) {
            links = editing.all();
        }
    }

    public PortalLinkKind[] getKinds() { return PortalLinkKind.values(); }
    public List<PortalLinkView> getLinks() { return links; }
    public boolean isNew() { return id == null; }
    public PortalLinkKind getKind() { return kind; }
    public void setKind(PortalLinkKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
