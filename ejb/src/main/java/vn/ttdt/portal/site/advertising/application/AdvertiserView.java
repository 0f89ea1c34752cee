package vn.ttdt.portal.site.advertising.application;

import java.io.Serializable;
import vn.ttdt.portal.site.advertising.domain.Advertiser;

/** An advertiser as the back-office shows it. */
public record AdvertiserView(long id, String name, String taxCode, String contactName, String phone, String email,
                             String address, long version) implements Serializable {

    public static AdvertiserView of(Advertiser a) {
        return new AdvertiserView(a.getId(), a.getName(), a.getTaxCode(), a.getContactName(), a.getPhone(), a.getEmail(),
                a.getAddress(), a.getVersion());
    }
}
