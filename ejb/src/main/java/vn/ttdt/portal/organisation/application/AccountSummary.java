package vn.ttdt.portal.organisation.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Role;

/** An account as lists, forms and the API show it (never the password hash). */
public record AccountSummary(long id, String login, String fullName, String email, String phone,
                             Long unitId, String unitName, Set<Role> roles, boolean active, boolean locked,
                             Instant lastLoginAt, String penName, String taxCode, String bankAccountNumber,
                             String bankName, List<Integer> taxCommitmentYears, long version) implements Serializable {

    static AccountSummary of(Account account, Instant now) {
        var profile = account.contributorProfile();
        return new AccountSummary(account.getId(), account.getLogin(), account.getFullName(), account.getEmail(),
                account.getPhone(),
                account.getUnit() == null ? null : account.getUnit().getId(),
                account.getUnit() == null ? null : account.getUnit().getName(),
                account.getRoles(), account.isActive(), account.isLocked(now), account.getLastLoginAt(),
                profile.map(p -> p.getPenName()).orElse(null),
                profile.map(p -> p.getTaxCode()).orElse(null),
                profile.map(p -> p.getBankAccountNumber()).orElse(null),
                profile.map(p -> p.getBankName()).orElse(null),
                List.copyOf(account.getTaxCommitmentYears()), account.getVersion());
    }
}
