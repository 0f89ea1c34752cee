package vn.ttdt.portal.admin.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.DatabaseAvailability;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.FailureCause;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * Runs a back-office action and turns its outcome into Vietnamese messages: success, broken
 * validation (one message per field), a business rule, a concurrent change, a refusal, a database that cannot
 * be reached (nothing stored, try again later).
 * Nothing the clerk typed is lost: on failure the form stays as it was.
 */
@ApplicationScoped
public class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    @Inject
    private DatabaseAvailability database;

    public <T> T attempt(Supplier<T> action, String successKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            T result = action.get();
            if (successKey != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ui(successKey), null));
            }
            return result;
        } catch (RuntimeException e) {
            if (database.failedOn(e)) {
                error(faces, ui("error.database"));
            } else {
                report(faces, FailureCause.of(e));
            }
            faces.validationFailed();
            return null;
        }
    }

    /** Runs an action that returns nothing; true when it succeeded (its message shown), false when it was refused. */
    public boolean done(Runnable action, String successKey) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, successKey) != null;
    }

    /** Refuses the action with the domain message {@code key}, keeping what was typed. */
    public void reject(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        error(faces, domain(key));
        faces.validationFailed();
    }

    public String ui(String key) {
        return bundle("vn.ttdt.portal.admin.ui").getString(key);
    }

    public String domain(String key) {
        return DomainTexts.text(bundle("vn.ttdt.portal.messages"), locale(), key);
    }

    private void report(FacesContext faces, Throwable cause) {
        if (cause instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
            }
        } else if (cause instanceof BusinessRuleException rule) {
            error(faces, DomainTexts.text(bundle("vn.ttdt.portal.messages"), locale(), rule.messageKey(), rule.arguments()));
        } else if (cause instanceof OptimisticLockException || cause instanceof StaleDataException) {
            error(faces, domain("conflict"));
        } else if (cause instanceof NotFoundException) {
            error(faces, domain("notFound"));
        } else if (cause instanceof EJBAccessException) {
            error(faces, domain("forbidden"));
        } else {
            LOG.log(Level.SEVERE, "back-office action failed", cause);
            error(faces, ui("error.unexpected"));
        }
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, locale(), Thread.currentThread().getContextClassLoader());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("vi") : faces.getViewRoot().getLocale();
    }
}
