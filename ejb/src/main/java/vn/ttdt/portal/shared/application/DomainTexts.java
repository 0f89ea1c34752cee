package vn.ttdt.portal.shared.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Vietnamese texts of the domain bundle ({@code vn.ttdt.portal.messages}) with their arguments filled in. */
public final class DomainTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DomainTexts() {
    }

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.ttdt.portal.messages", VIETNAMESE, DomainTexts.class.getClassLoader());
        if (!bundle.containsKey(key)) {
            return key;
        }
        return arguments.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), VIETNAMESE).format(arguments);
    }
}
