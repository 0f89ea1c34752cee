package vn.ttdt.portal.site.pages.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the board enters for a body of the organisation chart; {@code version} as the editor saw it (null: new). */
public record OrganisationBodyDraft(
        Long parentId,
        @NotBlank(message = "{organisationBody.name.required}") @Size(max = 200, message = "{organisationBody.name.size}") String name,
        @Size(max = 200, message = "{organisationBody.name.size}") String nameEn,
        @Size(max = 200_000, message = "{site.text.size}") String functions,
        @Size(max = 200_000, message = "{site.text.size}") String functionsEn,
        Integer position,
        @Size(max = 30, message = "{organisationBody.leaders.size}") List<@Valid LeaderEntry> leaders,
        Long version) {

    /** The leaders; none when not given. */
    public List<LeaderEntry> leaderList() {
        return leaders == null ? List.of() : leaders;
    }

    /** The place in its list; 0 when not given. */
    public int order() {
        return position == null ? 0 : position;
    }
}
