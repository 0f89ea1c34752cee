package vn.ttdt.portal.organisation.domain;

import java.time.Instant;

/** The failed sign-ins per network address that {@link AddressThrottle} counts, shared by every node. */
public interface SignInFailures {

    /** How many sign-ins failed from {@code address} after {@code after}. */
    int countAfter(String address, Instant after);

    void add(String address, String login, Instant at);

    /** Forgets the failures of {@code login} from {@code address}. */
    void forget(String address, String login);

    /** Forgets every failure at or before {@code horizon}: none of them counts any more. */
    void forgetUpTo(Instant horizon);
}
