package vn.ttdt.portal.site.advertising.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A business that pays the portal to show its banners or links (đơn vị quảng cáo, xã hội hóa): its name, its
 * tax code (checked, one advertiser per code and site) and how to reach it. An advertiser with contracts is kept.
 */
@Entity
@Table(name = "advertiser")
public class Advertiser extends SiteOwned {

    @NotBlank(message = "{advertiser.name.required}")
    @Size(max = 255, message = "{advertiser.name.size}")
    private String name;

    @Column(name = "tax_code")
    private String taxCode;

    @Size(max = 120, message = "{advertiser.contactName.size}")
    @Column(name = "contact_name")
    private String contactName;

    @Pattern(regexp = "\\+?[0-9]{8,19}", message = "{advertiser.phone.invalid}")
    private String phone;

    @Email(message = "{advertiser.email.invalid}")
    @Size(max = 254, message = "{advertiser.email.size}")
    private String email;

    @Size(max = 255, message = "{advertiser.address.size}")
    private String address;

    @Version
    private int version;

    protected Advertiser() {
    }

    public Advertiser(Site site, AdvertiserDetails details) {
        super(site);
        describe(details);
    }

    public final void describe(AdvertiserDetails details) {
        String code = TaxCode.normalised(details.taxCode());
        if (code == null) {
            throw new BusinessRuleException("advertiser.taxCode.invalid", "invalid tax code " + details.taxCode());
        }
        this.name = strip(details.name());
        this.taxCode = code;
        this.contactName = strip(details.contactName());
        this.phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().replaceAll("[\\s.]", "");
        this.email = strip(details.email());
        this.address = strip(details.address());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() { return name; }
    public String getTaxCode() { return taxCode; }
    public String getContactName() { return contactName; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
    public int getVersion() { return version; }
}
