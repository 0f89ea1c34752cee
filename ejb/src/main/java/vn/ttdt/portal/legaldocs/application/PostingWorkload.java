package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingState;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.AllPages;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Posting requests still open, for the back-office home: the board's inbox (every unit's), or a unit reporter's own
 * unit's requests the board has not yet posted or declined.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class PostingWorkload {

    @Inject
    private PostingRequestRepository requests;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteDirectory sites;

    @Resource
    private SessionContext caller;

    /** Requests waiting in the board's inbox. */
    public long openForBoard() {
        return requests.inState(sites.current(), PostingState.OPEN, PageRequest.first(1)).total();
    }

    /** The caller's unit's requests still waiting for the board; 0 without a unit. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public long openOfMyUnit() {
        Unit unit = accounts.byLogin(caller.getCallerPrincipal().getName()).map(Account::getUnit).orElse(null);
        if (unit == null) {
            return 0;
        }
        return AllPages.of(page -> requests.ofUnit(sites.current(), unit, page), Integer.MAX_VALUE).stream()
                .filter(r -> r.getState() == PostingState.OPEN).count();
    }
}
