package vn.ttdt.portal.site.pages.application;

import java.io.Serializable;
import vn.ttdt.portal.site.pages.domain.PortalLink;
import vn.ttdt.portal.site.pages.domain.PortalLinkKind;

public record PortalLinkView(long id, PortalLinkKind kind, String name, String url, int position, long version) implements Serializable {

    static PortalLinkView of(PortalLink link) {
        return new PortalLinkView(link.getId(), link.getKind(), link.getName(), link.getUrl(), link.getPosition(), link.getVersion());
    }
}
