package vn.ttdt.portal.organisation.domain;

import java.util.Optional;
import java.util.OptionalLong;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface AccountRepository extends SiteOwnedRepository<Account> {

    /** Across every site: for work that already holds an id of the right site or reviews every site (the dormant-account review). */
    Optional<Account> byId(long id);

    Optional<Account> byLogin(String login);

    /**
     * The account, held against every other sign-in of the same login until the transaction ends,
     * so that concurrent attempts count one after another and none is lost.
     */
    Optional<Account> byLoginForSignIn(String login);

    /** The security stamp of the active account with this login; empty if it is inactive or unknown. */
    OptionalLong activeSecurityStamp(String login);

    /** The accounts of {@code site} matching {@code filter}. */
    Page<Account> search(Site site, AccountFilter filter, PageRequest page);

    Account add(Account account);

    long count();
}
