package vn.ttdt.portal.organisation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Looks at the site once a minute, so that a site renamed in the database reaches the public pages
 * even while every page is served from the cache and nobody asks {@link SiteDirectory} for it.
 */
@Singleton
@PermitAll
public class SiteRefresh {

    @Inject
    private SiteDirectory sites;

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void run() {
        sites.refreshIfRead();
    }
}
