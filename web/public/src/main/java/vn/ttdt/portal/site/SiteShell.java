package vn.ttdt.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SiteInfo;

/** What every public page shows around its content: the site's name, contacts and category menu. */
@Named
@RequestScoped
public class SiteShell {

    @Inject
    private SiteDirectory sites;

    @Inject
    private PublicContent content;

    private SiteInfo info;
    private List<CategoryView> menu;

    public SiteInfo getInfo() {
        if (info == null) {
            info = sites.info();
        }
        return info;
    }

    public List<CategoryView> getMenu() {
        if (menu == null) {
            menu = content.categories().stream().filter(c -> c.parentId() == null).limit(6).toList();
        }
        return menu;
    }
}
