package vn.ttdt.portal.site.advertising.domain;

/** What the board types about an advertiser. */
public record AdvertiserDetails(String name, String taxCode, String contactName, String phone, String email, String address) {
}
