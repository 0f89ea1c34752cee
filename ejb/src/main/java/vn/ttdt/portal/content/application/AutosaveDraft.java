package vn.ttdt.portal.content.application;

import jakarta.validation.constraints.Size;

/** The text the item editor sends while someone types; any part may be empty. */
public record AutosaveDraft(
        @Size(max = 300, message = "{content.title.size}") String title,
        @Size(max = 1000, message = "{content.lead.size}") String lead,
        @Size(max = 1_000_000, message = "{content.body.size}") String body) {
}
