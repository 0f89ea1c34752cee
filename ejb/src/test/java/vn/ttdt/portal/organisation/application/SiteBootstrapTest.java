package vn.ttdt.portal.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.PasswordHasher;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

class SiteBootstrapTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private final List<Site> sites = new ArrayList<>();
    private final List<UnitGroup> groups = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();

    private final SiteBootstrap bootstrap = new SiteBootstrap(new SiteRepository() {
        public Optional<Site> byCode(String code) {
            return sites.stream().filter(s -> s.getCode().equals(code)).findFirst();
        }

        public Site add(Site site) {
            sites.add(site);
            return site;
        }

        public List<Site> all() {
            return sites;
        }
    }, new UnitGroupRepository() {
        public List<UnitGroup> allOf(Site site) {
            return groups;
        }

        public Optional<UnitGroup> byId(Site site, long id) {
            return Optional.empty();
        }

        public UnitGroup add(UnitGroup group) {
            groups.add(group);
            return group;
        }
    }, new AccountRepository() {
        public Optional<Account> byId(long id) {
            return Optional.empty();
        }

        public Optional<Account> byId(Site site, long id) {
            return Optional.empty();
        }

        public Optional<Account> byLogin(String login) {
            return accounts.stream().filter(a -> a.getLogin().equals(login)).findFirst();
        }

        public Optional<Account> byLoginForSignIn(String login) {
            return byLogin(login);
        }

        public java.util.OptionalLong activeSecurityStamp(String login) {
            return java.util.OptionalLong.empty();
        }

        public Page<Account> search(Site site, AccountFilter filter, PageRequest page) {
            return new Page<>(accounts, accounts.size());
        }

        public Account add(Account account) {
            accounts.add(account);
            return account;
        }

        public long count() {
            return accounts.size();
        }
    }, new PasswordHasher() {
        public String hash(String password) {
            return "hashed:" + password;
        }

        public boolean matches(String password, String hash) {
            return hash.equals("hashed:" + password);
        }
    });

    private SiteBootstrap.Request request(String password) {
        return new SiteBootstrap.Request("Cổng thông tin điện tử xã Long Giao", "UBND xã Long Giao", "quantri",
                "quantri@longgiao.example.vn", password);
    }

    @Test
    void aFirstStartCreatesTheSiteTheFiveGroupsAndOneItAdministrator() {
        Optional<String> admin = bootstrap.run(request("Mat-khau-quan-tri-1"), NOW);

        assertEquals(Optional.of("quantri"), admin);
        assertEquals("Cổng thông tin điện tử xã Long Giao", sites.get(0).getName());
        assertEquals(List.of("DEPARTMENTS", "COMMUNES", "PARTY_MASS_ORGS", "CULTURE_CENTRE", "CULTURE_OFFICE"),
                groups.stream().map(UnitGroup::getCode).toList());
        assertEquals(Set.of(Role.IT_ADMIN), accounts.get(0).getRoles());
        assertEquals("hashed:Mat-khau-quan-tri-1", accounts.get(0).getPasswordHash());
    }

    @Test
    void aLaterStartChangesNothing() {
        bootstrap.run(request("Mat-khau-quan-tri-1"), NOW);
        assertEquals(Optional.empty(), bootstrap.run(request("Mat-khau-khac-2023"), NOW.plusSeconds(60)));
        assertEquals(1, sites.size());
        assertEquals(1, accounts.size());
    }

    @Test
    void aFirstStartWithoutAnAdministratorPasswordStopsWithAnExplanation() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> bootstrap.run(request(null), NOW));
        assertTrue(refused.getMessage().contains("portal.bootstrap.admin-password"));
        assertTrue(sites.isEmpty());
    }

    @Test
    void aWeakAdministratorPasswordIsRefusedBeforeAnythingIsCreated() {
        assertThrows(IllegalStateException.class, () -> bootstrap.run(request("ngan"), NOW));
        assertTrue(sites.isEmpty());
        assertTrue(accounts.isEmpty());
    }
}
