package vn.ttdt.portal.site.theme.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the board enters for the site's look. The owner body, licence, responsible person, address, phone and e-mail
 * are the items TT 09/2014/TT-BTTTT requires in every portal's footer: each is required. Colours are {@code #rgb} or
 * {@code #rrggbb}; the logo and banner are keys of images in the site's media library (blank: none). {@code version}
 * is the one the board member saw (null: not checked).
 */
public record ThemeDraft(
        @NotBlank(message = "{theme.siteName.required}") @Size(max = 255, message = "{theme.siteName.size}") String siteName,
        @NotBlank(message = "{theme.owner.required}") @Size(max = 255, message = "{theme.owner.size}") String ownerName,
        @NotBlank(message = "{theme.licence.required}") @Size(max = 255, message = "{theme.licence.size}") String licence,
        @NotBlank(message = "{theme.responsible.required}") @Size(max = 255, message = "{theme.responsible.size}") String responsiblePerson,
        @NotBlank(message = "{theme.address.required}") @Size(max = 255, message = "{theme.address.size}") String address,
        @NotBlank(message = "{theme.phone.required}")
        @Pattern(regexp = "^$|^\\+?[0-9(][0-9 .()-]{6,18}[0-9]$", message = "{theme.phone.pattern}") String phone,
        @NotBlank(message = "{theme.email.required}") @Size(max = 120, message = "{theme.email.size}")
        @Email(message = "{theme.email.pattern}")
        @Pattern(regexp = "^$|^[^@\\s<>\"'`]+@[^@\\s<>\"'`]+\\.[^@\\s<>\"'`]+$", message = "{theme.email.pattern}") String email,
        @Size(max = 1000, message = "{theme.footerNote.size}") String footerNote,
        @NotBlank(message = "{theme.colour.required}") @Pattern(regexp = COLOUR, message = "{theme.colour.pattern}") String primary,
        @NotBlank(message = "{theme.colour.required}") @Pattern(regexp = COLOUR, message = "{theme.colour.pattern}") String text,
        @NotBlank(message = "{theme.colour.required}") @Pattern(regexp = COLOUR, message = "{theme.colour.pattern}") String background,
        @NotBlank(message = "{theme.colour.required}") @Pattern(regexp = COLOUR, message = "{theme.colour.pattern}") String link,
        @Pattern(regexp = MEDIA_KEY, message = "{theme.image.key}") String logoKey,
        @Pattern(regexp = MEDIA_KEY, message = "{theme.image.key}") String bannerKey,
        Long version) {

    static final String COLOUR = "^$|^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";
    static final String MEDIA_KEY = "^$|^[0-9a-f]{32}$";
}
