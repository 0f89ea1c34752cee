package vn.ttdt.portal.site.pages.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the board enters for a tourist site; {@code version} is the one the editor saw (null: new or not checked). */
public record TouristSiteDraft(
        @NotBlank(message = "{touristSite.name.required}") @Size(max = 200, message = "{touristSite.name.size}") String name,
        @NotBlank(message = "{touristSite.address.required}") @Size(max = 255, message = "{touristSite.address.size}") String address,
        @Size(max = 500, message = "{site.url.size}") @Pattern(regexp = "^$|^https?://[^\\s<>\"'`]+$", message = "{site.url.pattern}") String mapUrl,
        @Size(max = 200_000, message = "{site.text.size}") String description,
        Integer position,
        @Size(max = 20, message = "{touristSite.photos.size}")
        List<@Pattern(regexp = "^[0-9a-f]{32}$", message = "{touristSite.photo.key}") String> photoKeys,
        Long version) {

    /** The photos' keys; none when not given. */
    public List<String> photos() {
        return photoKeys == null ? List.of() : photoKeys;
    }

    /** The place in its list; 0 when not given. */
    public int order() {
        return position == null ? 0 : position;
    }
}
