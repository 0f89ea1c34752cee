package vn.ttdt.portal.site.theme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.theme.domain.SiteThemeRepository;

/**
 * The look and the footer's legal items every public page shows. Read again once per content generation: a saved
 * theme moves the generation only after its commit, so the first page rendered after a save already shows it.
 */
@ApplicationScoped
public class PublicTheme {

    @Inject
    private SiteThemeRepository themes;

    @Inject
    private MediaRepository media;

    @Inject
    private SiteDirectory sites;

    @Inject
    private PublishedContentGeneration generations;

    private volatile Reading reading;

    private record Reading(ThemeView view, long generation) {
    }

    public ThemeView current() {
        long generation = generations.current();
        Reading last = reading;
        if (last != null && last.generation() == generation) {
            return last.view();
        }
        Site site = sites.current();
        ThemeView view = ThemeView.of(site, themes.of(site).orElse(null), key -> media.byKey(site, key).orElse(null));
        reading = new Reading(view, generation);
        return view;
    }
}
