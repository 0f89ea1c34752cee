package vn.ttdt.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.site.theme.application.PublicTheme;
import vn.ttdt.portal.site.theme.application.ThemeView;

/**
 * What every public page shows around its content: the site's name, look, contacts and footer ({@link ThemeView},
 * current as of the content generation) and the category menu.
 */
@Named
@RequestScoped
public class SiteShell {

    @Inject
    private PublicContent content;

    @Inject
    private PublicTheme themes;

    private ThemeView theme;
    private List<CategoryView> menu;

    public ThemeView getTheme() {
        if (theme == null) {
            theme = themes.current();
        }
        return theme;
    }

    public List<CategoryView> getMenu() {
        if (menu == null) {
            menu = content.categories().stream().filter(c -> c.parentId() == null).limit(12).toList();
        }
        return menu;
    }
}
