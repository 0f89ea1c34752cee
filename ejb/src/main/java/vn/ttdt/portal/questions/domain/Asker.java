package vn.ttdt.portal.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who asked and how to reach them: personal data, shown only to the board and the unit that answers,
 * never on a public page, in the public API or in a mail to anyone else.
 */
@Embeddable
public class Asker {

    @NotBlank(message = "{question.name.required}")
    @Size(max = 120, message = "{question.name.size}")
    @Column(name = "asker_name")
    private String name;

    @Email(message = "{question.email.invalid}")
    @Size(max = 254, message = "{question.email.size}")
    @Column(name = "asker_email")
    private String email;

    @Pattern(regexp = "\\+?[0-9 .]{8,20}", message = "{question.phone.invalid}")
    @Column(name = "asker_phone")
    private String phone;

    @Size(max = 255, message = "{question.address.size}")
    @Column(name = "asker_address")
    private String address;

    protected Asker() {
    }

    public Asker(String name, String email, String phone, String address) {
        this.name = strip(name);
        this.email = strip(email);
        this.phone = strip(phone);
        this.address = strip(address);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the portal can reach the asker at all (an e-mail address or a phone number). */
    public boolean isReachable() {
        return email != null || phone != null;
    }

    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
}
