package vn.ttdt.portal.organisation.domain;

import java.util.Optional;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface AccountRepository {

    Optional<Account> byId(long id);

    Optional<Account> byLogin(String login);

    /** The accounts of {@code site} matching {@code filter}. */
    Page<Account> search(Site site, AccountFilter filter, PageRequest page);

    Account add(Account account);

    long count();
}
