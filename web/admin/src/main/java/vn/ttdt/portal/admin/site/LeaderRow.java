package vn.ttdt.portal.admin.site;

import java.io.Serializable;
import vn.ttdt.portal.site.pages.application.LeaderEntry;

/** A leader as edited in the organisation chart's dialog. */
public class LeaderRow implements Serializable {

    private String name;
    private String title;
    private String titleEn;
    private String photoKey;
    private String phone;
    private String email;

    static LeaderRow of(LeaderEntry entry) {
        LeaderRow row = new LeaderRow();
        row.name = entry.name();
        row.title = entry.title();
        row.titleEn = entry.titleEn();
        row.photoKey = entry.photoKey();
        row.phone = entry.phone();
        row.email = entry.email();
        return row;
    }

    LeaderEntry toEntry() {
        return new LeaderEntry(name, title, titleEn, photoKey, phone, email);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getPhotoKey() { return photoKey; }
    public void setPhotoKey(String photoKey) { this.photoKey = photoKey; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
