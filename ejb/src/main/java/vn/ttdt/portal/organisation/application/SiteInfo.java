package vn.ttdt.portal.organisation.application;

import vn.ttdt.portal.organisation.domain.Site;

/** What the public portal shows about the site in its header and footer. */
public record SiteInfo(String name, String shortName, String ownerName, String address, String phone,
                       String email, String licence, String editorInChief) {

    static SiteInfo of(Site site) {
        return new SiteInfo(site.getName(), site.getShortName(), site.getOwnerName(), site.getAddress(),
                site.getPhone(), site.getEmail(), site.getLicence(), site.getEditorInChief());
    }
}
