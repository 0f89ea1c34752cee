package vn.ttdt.portal.admin.organisation;

import java.io.Serializable;
import vn.ttdt.portal.organisation.application.UnitDraft;
import vn.ttdt.portal.organisation.application.UnitSummary;

/** The unit form's fields while the clerk types; validated as a {@link UnitDraft} by the service. */
public class UnitForm implements Serializable {

    private Long id;
    private String name;
    private String shortName;
    private Long groupId;
    private String contactPerson;
    private String phone;
    private String email;
    private String address;
    private Long version;

    static UnitForm blank() {
        return new UnitForm();
    }

    static UnitForm of(UnitSummary unit) {
        UnitForm form = new UnitForm();
        form.id = unit.id();
        form.name = unit.name();
        form.shortName = unit.shortName();
        form.groupId = unit.groupId();
        form.contactPerson = unit.contactPerson();
        form.phone = unit.phone();
        form.email = unit.email();
        form.address = unit.address();
        form.version = unit.version();
        return form;
    }

    UnitDraft toDraft() {
        return new UnitDraft(name, shortName, groupId, contactPerson, phone, email, address, version);
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
