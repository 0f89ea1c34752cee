package vn.ttdt.portal.contributors.application;

import java.io.Serializable;

/** A contributor to pick from a list: name, pen name, unit or occupation. */
public record ContributorChoice(long id, String fullName, String penName, String unitOrOccupation) implements Serializable {

    public String label() {
        return fullName + (penName == null ? "" : " (" + penName + ")") + (unitOrOccupation == null ? "" : " — " + unitOrOccupation);
    }
}
