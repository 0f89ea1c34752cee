package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditFilter;
import vn.ttdt.portal.audit.domain.AuditRepository;
import vn.ttdt.portal.organisation.application.SignInDecision;
import vn.ttdt.portal.organisation.application.SignInService;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Runs inside WildFly, from the test WAR of the run's one deployment: repeated failed sign-ins from one address are
 * throttled across logins, without touching other addresses (documentation addresses, so no real client is affected).
 */
@ExtendWith(InContainer.class)
class SignInRulesIT {

    private static final String GUESSER = "198.51.100.23";
    private static final String NEIGHBOUR = "198.51.100.24";

    @Inject
    SignInService signIn;

    @Inject
    AuditRepository audit;

    @Test
    void twentyFailuresFromOneAddressThrottleItForEveryLoginButNotItsNeighbour() {
        for (int i = 0; i < 20; i++) {
            String login = "doan-mo-" + i;
            assertEquals(SignInDecision.PROCEED, signIn.admit(login, GUESSER), "attempt " + i);
            signIn.failed(login, GUESSER);
        }
        assertEquals(SignInDecision.ADDRESS_THROTTLED, signIn.admit("quantri.demo", GUESSER));
        assertEquals(SignInDecision.PROCEED, signIn.admit("quantri.demo", NEIGHBOUR));
        assertTrue(audit.search(new AuditFilter("quantri.demo", AuditAction.LOGIN_REFUSED_THROTTLED, null, null),
                PageRequest.first(10)).items().stream().anyMatch(e -> GUESSER.equals(e.getRemoteAddress())));
    }

    @Test
    void unknownLoginsAreCountedAgainstTheAddressWithoutRevealingThatTheyDoNotExist() {
        assertEquals(SignInDecision.PROCEED, signIn.admit("khong-ton-tai", "198.51.100.99"));
        signIn.failed("khong-ton-tai", "198.51.100.99");
        assertEquals(1, audit.search(new AuditFilter("khong-ton-tai", AuditAction.LOGIN_FAILED, null, null),
                PageRequest.first(10)).total());
    }
}
