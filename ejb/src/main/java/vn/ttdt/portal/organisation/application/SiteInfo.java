package vn.ttdt.portal.organisation.application;

/** What the public portal shows about the site in its header and footer. */
public record SiteInfo(String name, String shortName, String ownerName, String address, String phone,
                       String email, String licence, String editorInChief) {
}
