package vn.ttdt.portal.quota.domain;

import java.util.Optional;

/** The compliance of one unit, or of the group together when {@code unit} is empty. */
public record Assessed<U>(Optional<U> unit, Compliance compliance) {

    public boolean ofGroup() {
        return unit.isEmpty();
    }
}
