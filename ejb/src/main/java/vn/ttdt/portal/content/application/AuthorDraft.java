package vn.ttdt.portal.content.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One author as entered: a name or pen name, the account if the author has one (then the name must be its holder's,
 * or is left empty for the holder's pen name or full name), the share in percent (none for every author of an item with
 * equal shares).
 */
public record AuthorDraft(
        @Size(max = 120, message = "{content.authors.name}") String name,
        Long accountId,
        @DecimalMin(value = "0.01", message = "{content.authors.share}")
        @DecimalMax(value = "100", message = "{content.authors.share}") @Digits(integer = 3, fraction = 2, message = "{content.authors.share}")
        BigDecimal sharePercent) {
}
