package vn.ttdt.portal.site.about;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.site.pages.application.PortalLinkView;
import vn.ttdt.portal.site.pages.application.PublicSiteInformation;
import vn.ttdt.portal.site.pages.domain.PortalLinkKind;

/** The links to other portals in the footer of every public page, grouped by kind. */
@Named
@RequestScoped
public class OtherPortals {

    @Inject
    private PublicSiteInformation information;

    private List<PortalLinkView> links;
    private List<Group> groups;

    /** One kind of link and its links. */
    public record Group(PortalLinkKind kind, List<PortalLinkView> links) {
    }

    /**
     * Where "online public services" leads: the province's own portal of online services ({@code PROVINCE_SERVICES}),
     * else the national one; null when the site lists neither.
     */
    public PortalLinkView getOnlineServices() {
        List<PortalLinkView> all = links();
        return all.stream().filter(l -> l.kind() == PortalLinkKind.PROVINCE_SERVICES).findFirst()
                .or(() -> all.stream().filter(l -> l.kind() == PortalLinkKind.NATIONAL_SERVICE).findFirst()).orElse(null);
    }

    public List<Group> getGroups() {
        if (groups == null) {
            Map<PortalLinkKind, List<PortalLinkView>> byKind = new LinkedHashMap<>();
            for (PortalLinkView link : links()) {
                byKind.computeIfAbsent(link.kind(), kind -> new java.util.ArrayList<>()).add(link);
            }
            groups = byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        }
        return groups;
    }

    private List<PortalLinkView> links() {
        if (links == null) {
            links = information.links();
        }
        return links;
    }
}
