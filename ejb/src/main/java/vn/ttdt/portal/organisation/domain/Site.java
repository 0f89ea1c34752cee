package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A portal site (Trang/Cổng TTĐT) run by one authority. Units, accounts and, later, content
 * and rules belong to a site, so commune sites can be added as component sites of a provincial
 * portal without a schema rewrite. The first release serves one site.
 */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    @NotBlank
    @Size(max = 120)
    @Column(name = "short_name")
    private String shortName;

    @NotBlank
    @Size(max = 255)
    @Column(name = "owner_name")
    private String ownerName;

    @Size(max = 255)
    private String address;

    @Size(max = 40)
    private String phone;

    @Size(max = 120)
    private String email;

    @Size(max = 255)
    private String licence;

    @Size(max = 255)
    @Column(name = "editor_in_chief")
    private String editorInChief;

    protected Site() {
    }

    public Site(String code, String name, String shortName, String ownerName) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.ownerName = ownerName;
    }

    /** Names the site and the body that owns it, as the header and the footer of every public page show them. */
    public void present(String name, String ownerName) {
        this.name = name;
        this.ownerName = ownerName;
    }

    public void describeContacts(String address, String phone, String email, String licence, String editorInChief) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.licence = licence;
        this.editorInChief = editorInChief;
    }

    /** True when {@code other} is this site, whether read in this or another persistence context; never for null. */
    public boolean isSameAs(Site other) {
        return other == this || other != null && code.equals(other.code);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getOwnerName() { return ownerName; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getLicence() { return licence; }
    public String getEditorInChief() { return editorInChief; }
}
