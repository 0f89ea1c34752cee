package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How to reach a unit: contact person, phone, e-mail, address. */
@Embeddable
public class Contact {

    @Size(max = 120, message = "{contact.person.size}")
    @Column(name = "contact_person")
    private String person;

    @Size(max = 40, message = "{contact.phone.size}")
    @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}")
    private String phone;

    @Size(max = 120, message = "{contact.email.size}")
    @Email(message = "{contact.email.pattern}")
    private String email;

    @Size(max = 255, message = "{contact.address.size}")
    private String address;

    protected Contact() {
    }

    public Contact(String person, String phone, String email, String address) {
        this.person = blankToNull(person);
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.address = blankToNull(address);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPerson() { return person; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
}
