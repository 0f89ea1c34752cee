package vn.ttdt.portal.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.shared.application.Settings;

/** The site this deployment serves ({@code -Dportal.site.code}, default "default"). */
@PermitAll
@Stateless
public class SiteDirectory {

    public static final String DEFAULT_CODE = "default";

    private static volatile Site reading;

    @Inject
    private SiteRepository sites;

    /**
     * The current site as read at its first use in this deployment, for queries and reading only
     * (not managed; a site's fields do not change once it exists): the public pages ask for it
     * several times per request. Writers take {@link #current()}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Site forReading() {
        Site site = reading;
        if (site == null) {
            site = current();
            reading = site;
        }
        return site;
    }

    public Site current() {
        String code = Settings.text("portal.site.code", DEFAULT_CODE);
        return sites.byCode(code).orElseThrow(() -> new IllegalStateException(
                "No site with code '" + code + "': load the demo data (-Dportal.demo-data=true) or bootstrap the site"));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SiteInfo info() {
        Site site = forReading();
        return new SiteInfo(site.getName(), site.getShortName(), site.getOwnerName(), site.getAddress(),
                site.getPhone(), site.getEmail(), site.getLicence(), site.getEditorInChief());
    }
}
