package vn.ttdt.portal.site.pages.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ttdt.portal.site.pages.domain.PortalLinkKind;

public record PortalLinkDraft(
        @NotNull(message = "{portalLink.kind.required}") PortalLinkKind kind,
        @NotBlank(message = "{portalLink.name.required}") @Size(max = 200, message = "{portalLink.name.size}") String name,
        @NotBlank(message = "{portalLink.url.required}") @Size(max = 500, message = "{site.url.size}")
        @Pattern(regexp = "^https?://[^\\s<>\"'`]+$", message = "{site.url.pattern}") String url,
        Integer position,
        Long version) {

    /** The place in its list; 0 when not given. */
    public int order() {
        return position == null ? 0 : position;
    }
}
