package vn.ttdt.portal.admin.advertising;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.site.advertising.application.AdvertiserView;
import vn.ttdt.portal.site.advertising.application.AdvertisingService;
import vn.ttdt.portal.site.advertising.domain.AdvertiserDetails;

/** The advertisers screen: list, add and edit in a dialog, delete (after confirmation) those without contracts. */
@Named("advertisers")
@ViewScoped
public class AdvertisersView implements Serializable {

    @Inject
    private AdvertisingService service;

    @Inject
    private Feedback feedback;

    private List<AdvertiserView> rows = List.of();
    private Long id;
    private Long version;
    private String name;
    private String taxCode;
    private String contactName;
    private String phone;
    private String email;
    private String address;

    @PostConstruct
    void init() {
        reload();
    }

    public void startNew() {
        fill(null);
    }

    public void edit(AdvertiserView advertiser) {
        fill(advertiser);
    }

    public void save() {
        AdvertiserDetails details = new AdvertiserDetails(name, taxCode, contactName, phone, email, address);
        AdvertiserView saved = feedback.attempt(() -> service.saveAdvertiser(id, version, details), "advertisers.saved");
        if (saved != null) {
            fill(saved);
            reload();
        }
    }

    public void delete(AdvertiserView advertiser) {
        if (feedback.done(() -> service.deleteAdvertiser(advertiser.id()), "advertisers.deleted")) {
            reload();
        }
    }

    private void reload() {
        List<AdvertiserView> found = feedback.attempt(service::advertisers, null);
        rows = found == null ? List.of() : found;
    }

    private void fill(AdvertiserView a) {
        id = a == null ? null : a.id();
        version = a == null ? null : a.version();
        name = a == null ? null : a.name();
        taxCode = a == null ? null : a.taxCode();
        contactName = a == null ? null : a.contactName();
        phone = a == null ? null : a.phone();
        email = a == null ? null : a.email();
        address = a == null ? null : a.address();
    }

    public List<AdvertiserView> getRows() { return rows; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
