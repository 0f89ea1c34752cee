package vn.ttdt.portal.organisation.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "login", "a.login",
            "fullName", "a.fullName",
            "email", "a.email",
            "active", "a.active",
            "lastLoginAt", "a.lastLoginAt");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Account.class, site, id);
    }

    @Override
    public Optional<Account> byLogin(String login) {
        return em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> byLoginForSignIn(String login) {
        return em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public OptionalLong activeSecurityStamp(String login) {
        return em.createQuery("SELECT a.securityStamp FROM Account a WHERE a.login = :login AND a.active = TRUE", Long.class)
                .setParameter("login", login)
                .getResultStream().mapToLong(Long::longValue).findFirst();
    }

    @Override
    public Page<Account> search(Site site, AccountFilter filter, PageRequest page) {
        return new JpqlSearch<>(Account.class, "a", SORTABLE, "a.login")
                .where("a.site = :site", "site", site)
                .containing(filter.text(), "a.login", "a.fullName", "a.email")
                .where(":role MEMBER OF a.roleNames", "role", filter.role() == null ? null : filter.role().roleName())
                .where("a.unit.id = :unitId", "unitId", filter.unitId())
                .where("a.active = :active", "active", filter.active())
                .fetch(em, page);
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
