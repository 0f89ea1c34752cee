package vn.ttdt.portal.site.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A leader of an organisation body as the public chart shows them; phone and e-mail are official ones only. */
@Embeddable
public class Leader {

    private String name;

    private String title;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "photo_key")
    private String photoKey;

    private String phone;

    private String email;

    protected Leader() {
    }

    public Leader(String name, String title, String titleEn, String photoKey, String phone, String email) {
        this.name = name;
        this.title = title;
        this.titleEn = blankAsNull(titleEn);
        this.photoKey = blankAsNull(photoKey);
        this.phone = blankAsNull(phone);
        this.email = blankAsNull(email);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getTitleEn() { return titleEn; }
    public String getPhotoKey() { return photoKey; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
}
