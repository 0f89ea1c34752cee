package vn.ttdt.portal.organisation.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A contributor's pen name, tax code, bank account and the years of their 08/CK-TNCN commitment. */
public record ContributorProfileDraft(
        @Size(max = 120, message = "{contributor.penName.size}") String penName,
        @Pattern(regexp = "^$|^[0-9]{10}(-[0-9]{3})?$", message = "{contributor.taxCode.pattern}") String taxCode,
        @Pattern(regexp = "^$|^[0-9]{6,30}$", message = "{contributor.bankAccount.pattern}") String bankAccountNumber,
        @Size(max = 120, message = "{contributor.bankName.size}") String bankName,
        Set<@Min(value = 2000, message = "{contributor.commitmentYear.range}")
            @Max(value = 2100, message = "{contributor.commitmentYear.range}") Integer> taxCommitmentYears) {
}
