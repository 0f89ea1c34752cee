package vn.ttdt.portal.shared.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;

/**
 * Bean Validation as the server runs it for a Vietnamese user, for the tests of the forms' drafts: the messages a draft
 * gets, by field (two messages of one field joined with {@code " | "}).
 */
public final class VietnameseValidation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(VIETNAMESE).locales(VIETNAMESE).localeResolver(context -> VIETNAMESE)
            .buildValidatorFactory().getValidator();

    private VietnameseValidation() {
    }

    public static Map<String, String> messages(Object draft) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(draft)) {
            byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
        }
        return byField;
    }
}
