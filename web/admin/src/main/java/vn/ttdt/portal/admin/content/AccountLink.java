package vn.ttdt.portal.admin.content;

import java.util.Objects;

/**
 * The account linked to a name in the item editor (an author, a photographer) stays linked only while the name is the
 * one it was linked with: typing another person's name unlinks it, so that nobody is paid under someone else's name.
 */
final class AccountLink {

    private AccountLink() {
    }

    /** {@code accountId} when {@code name} is still {@code linkedName} (spaces around aside), otherwise none. */
    static Long keptFor(String name, String linkedName, Long accountId) {
        return accountId != null && Objects.equals(strip(name), strip(linkedName)) ? accountId : null;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
