package vn.ttdt.portal.organisation.application;

import java.io.Serializable;

/** An active quota supervisor account that may be put in charge of a group. */
public record SupervisorChoice(long accountId, String login, String fullName) implements Serializable {
}
