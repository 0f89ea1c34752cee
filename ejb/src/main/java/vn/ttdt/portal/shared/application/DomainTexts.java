package vn.ttdt.portal.shared.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the domain bundle ({@code vn.ttdt.portal.messages}) with their {@code {0}}, {@code {1}}… filled in: the one
 * place where screens, the API, the exports and the services turn a message key and its arguments into words.
 */
public final class DomainTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DomainTexts() {
    }

    /** The Vietnamese text of a key (the key itself when the bundle lacks it). */
    public static String text(String key, Object... arguments) {
        return text(ResourceBundle.getBundle("vn.ttdt.portal.messages", VIETNAMESE, DomainTexts.class.getClassLoader()),
                VIETNAMESE, key, arguments);
    }

    /** The text of a key in a bundle already chosen for a locale (the key itself when the bundle lacks it). */
    public static String text(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        return bundle.containsKey(key) ? fill(bundle.getString(key), locale, arguments) : key;
    }

    /** A pattern with its arguments filled in; without arguments the pattern as it is (no quote handling). */
    public static String fill(String pattern, Locale locale, Object... arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
