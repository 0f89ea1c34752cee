package vn.ttdt.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SiteInfo;

/** What every public page shows around its content: the site's name and its contacts. */
@Named
@RequestScoped
public class SiteShell {

    @Inject
    private SiteDirectory sites;

    private SiteInfo info;

    public SiteInfo getInfo() {
        if (info == null) {
            info = sites.info();
        }
        return info;
    }
}
