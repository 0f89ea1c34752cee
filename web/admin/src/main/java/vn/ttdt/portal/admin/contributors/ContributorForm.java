package vn.ttdt.portal.admin.contributors;

import java.io.Serializable;
import vn.ttdt.portal.contributors.application.ContributorDraft;
import vn.ttdt.portal.contributors.application.ContributorRow;

/** The contributor dialog's fields. */
public class ContributorForm implements Serializable {

    private Long id;
    private Long version;
    private String fullName;
    private String penName;
    private Long unitId;
    private String occupation;
    private String phone;
    private String email;
    private String address;
    private String note;

    void fill(ContributorRow row) {
        id = row == null ? null : row.id();
        version = row == null ? null : row.version();
        fullName = row == null ? null : row.fullName();
        penName = row == null ? null : row.penName();
        unitId = row == null ? null : row.unitId();
        occupation = row == null ? null : row.occupation();
        phone = row == null ? null : row.phone();
        email = row == null ? null : row.email();
        address = row == null ? null : row.address();
        note = row == null ? null : row.note();
    }

    ContributorDraft draft() {
        return new ContributorDraft(fullName, penName, unitId, occupation, phone, email, address, note, version);
    }

    public Long getId() { return id; }
    public boolean isNew() { return id == null; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPenName() { return penName; }
    public void setPenName(String penName) { this.penName = penName; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
