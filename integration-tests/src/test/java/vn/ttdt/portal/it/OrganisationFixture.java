package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import vn.ttdt.portal.organisation.domain.Role;

/** Accounts a test makes for itself through the back-office API, so that what it does to them touches no one else. */
final class OrganisationFixture {

    private OrganisationFixture() {
    }

    /** A new contributor account with a unique login starting with {@code prefix}; returns the login. */
    static String newContributor(String prefix, String fullName, String password) {
        String login = prefix + "." + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"%s","email":"%s@cammy.example.vn",
                 "roles":["CONTRIBUTOR"]},"password":"%s"}""".formatted(login, fullName, login, password));
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }
}
