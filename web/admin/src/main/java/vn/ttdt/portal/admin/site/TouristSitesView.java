package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.site.pages.application.SiteInformationEditing;
import vn.ttdt.portal.site.pages.application.TouristSiteDraft;
import vn.ttdt.portal.site.pages.application.TouristSiteView;

/** The tourist sites screen: a list and a dialog with address, map link, description and photos. */
@Named("touristSitesAdmin")
@ViewScoped
public class TouristSitesView implements Serializable {

    @Inject
    private SiteInformationEditing editing;

    @Inject
    private PhotoUploads photos;

    @Inject
    private Feedback feedback;

    private List<TouristSiteView> sites = List.of();
    private Long id;
    private String name;
    private String address;
    private String mapUrl;
    private String description;
    private int position;
    private Long version;
    private List<String> photoKeys = new ArrayList<>();

    @PostConstruct
    void init() {
        sites = editing.touristSites();
    }

    public void startNew() {
        edit(new TouristSiteView(0, null, "", "", null, "", sites.size() + 1, List.of(), 0));
        id = null;
        version = null;
    }

    public void edit(TouristSiteView site) {
        id = site.id();
        name = site.name();
        address = site.address();
        mapUrl = site.mapUrl();
        description = site.description();
        position = site.position();
        version = site.version();
        photoKeys = new ArrayList<>(site.photoKeys());
    }

    public void uploadPhoto(FileUploadEvent event) {
        String key = photos.upload(event.getFile());
        if (key != null) {
            photoKeys.add(key);
        }
    }

    public void removePhoto(String key) {
        photoKeys.remove(key);
    }

    public void save() {
        TouristSiteDraft draft = new TouristSiteDraft(name, address, mapUrl, description, position, List.copyOf(photoKeys), version);
        Long editing = id;
        TouristSiteView saved = feedback.attempt(() -> this.editing.saveTouristSite(editing, draft), "touristSites.saved");
        if (saved != null) {
            sites = this.editing.touristSites();
            PrimeFaces.current().executeScript("PF('touristSiteDialog').hide()");
        }
    }

    public void delete(TouristSiteView site) {
        if (feedback.done(() -> editing.deleteTouristSite(site.id()), "touristSites.deleted")) {
            sites = editing.touristSites();
        }
    }

    public List<TouristSiteView> getSites() { return sites; }
    public boolean isNew() { return id == null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getMapUrl() { return mapUrl; }
    public void setMapUrl(String mapUrl) { this.mapUrl = mapUrl; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public List<String> getPhotoKeys() { return photoKeys; }
}
