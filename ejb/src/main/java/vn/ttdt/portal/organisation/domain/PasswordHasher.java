package vn.ttdt.portal.organisation.domain;

/** Turns a password into a salted, deliberately slow hash the security realm can verify. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
