package vn.ttdt.portal.organisation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The failed sign-ins in a list, as the database keeps them: for the rules' tests. */
final class InMemorySignInFailures implements SignInFailures {

    private record Failure(String address, String login, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public int countAfter(String address, Instant after) {
        return (int) failures.stream().filter(f -> f.address().equals(address) && f.at().isAfter(after)).count();
    }

    @Override
    public void add(String address, String login, Instant at) {
        failures.add(new Failure(address, login, at));
    }

    @Override
    public void forget(String address, String login) {
        failures.removeIf(f -> f.address().equals(address) && f.login().equals(login));
    }

    @Override
    public void forgetUpTo(Instant horizon) {
        failures.removeIf(f -> !f.at().isAfter(horizon));
    }
}
