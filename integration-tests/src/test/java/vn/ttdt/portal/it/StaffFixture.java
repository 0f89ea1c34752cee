package vn.ttdt.portal.it;

import java.time.Instant;
import java.util.EnumSet;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitRepository;

/** In-container tests' units and staff accounts (with one role and an address, never signing in), within their transaction. */
final class StaffFixture {

    private StaffFixture() {
    }

    static Account account(AccountRepository accounts, Site site, String login, String email, Unit unit, Role role) {
        Account account = new Account(site, login, "$2a$10$notUsedForSigningInNotUsedForSigningInNotUsedForSigni", Instant.now());
        account.describe("Cán bộ " + login, email, null, unit, Instant.now());
        account.grantExactly(EnumSet.of(role), Instant.now());
        return accounts.add(account);
    }

    static Unit unit(UnitRepository units, Site site, UnitGroup group, String name) {
        return units.add(new Unit(site, group, name, name.substring(0, 20), new Contact(null, null, null, null), Instant.now()));
    }
}
