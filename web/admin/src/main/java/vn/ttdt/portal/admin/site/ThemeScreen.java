package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.site.theme.application.ThemeDraft;
import vn.ttdt.portal.site.theme.application.ThemeEditing;
import vn.ttdt.portal.site.theme.application.ThemeForm;

/** The site's look: name and the footer's legal items, logo and banner, four colours checked for contrast on saving. */
@Named("themeAdmin")
@ViewScoped
public class ThemeScreen implements Serializable {

    @Inject
    private ThemeEditing editing;

    @Inject
    private PhotoUploads photos;

    @Inject
    private Feedback feedback;

    private String siteName;
    private String ownerName;
    private String licence;
    private String responsiblePerson;
    private String address;
    private String phone;
    private String email;
    private String footerNote;
    private String primary;
    private String text;
    private String background;
    private String link;
    private String logoKey;
    private String bannerKey;
    private long version;

    @PostConstruct
    void init() {
        show(editing.current());
    }

    public void uploadLogo(FileUploadEvent event) {
        String key = image(event.getFile());
        if (key != null) {
            logoKey = key;
        }
    }

    public void uploadBanner(FileUploadEvent event) {
        String key = image(event.getFile());
        if (key != null) {
            bannerKey = key;
        }
    }

    public void removeLogo() {
        logoKey = null;
    }

    public void removeBanner() {
        bannerKey = null;
    }

    public void save() {
        ThemeDraft draft = new ThemeDraft(siteName, ownerName, licence, responsiblePerson, address, phone, email, footerNote,
                primary, text, background, link, logoKey, bannerKey, version);
        ThemeForm saved = feedback.attempt(() -> editing.save(draft), "theme.saved");
        if (saved != null) {
            show(saved);
        }
    }

    public String thumbnail(String key) {
        return photos.thumbnail(key);
    }

    private String image(UploadedFile file) {
        MediaView image = feedback.attempt(() -> editing.uploadImage(file.getFileName(), file.getContent()), null);
        return image == null ? null : image.key();
    }

    private void show(ThemeForm form) {
        siteName = form.siteName();
        ownerName = form.ownerName();
        licence = form.licence();
        responsiblePerson = form.responsiblePerson();
        address = form.address();
        phone = form.phone();
        email = form.email();
        footerNote = form.footerNote();
        primary = form.primary();
        text = form.text();
        background = form.background();
        link = form.link();
        logoKey = form.logoKey();
        bannerKey = form.bannerKey();
        version = form.version();
    }

    public long getImageLimit() { return photos.getImageLimit(); }
    public String getSiteName() { return siteName; }
    public void setSiteName(String siteName) { this.siteName = siteName; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public void setResponsiblePerson(String responsiblePerson) { this.responsiblePerson = responsiblePerson; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFooterNote() { return footerNote; }
    public void setFooterNote(String footerNote) { this.footerNote = footerNote; }
    public String getPrimary() { return primary; }
    public void setPrimary(String primary) { this.primary = primary; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getLogoKey() { return logoKey; }
    public String getBannerKey() { return bannerKey; }
}
