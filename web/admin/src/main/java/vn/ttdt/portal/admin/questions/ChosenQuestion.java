package vn.ttdt.portal.admin.questions;

import java.io.Serializable;
import java.util.function.LongFunction;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.questions.application.StaffQuestion;

/** The question a dialog works on: its id kept with the view, its details read again when the view was restored without them. */
final class ChosenQuestion implements Serializable {

    private Long id;
    private transient StaffQuestion question;

    void choose(StaffQuestion chosen) {
        id = chosen.id();
        question = chosen;
    }

    long id() {
        return id;
    }

    StaffQuestion question(LongFunction<StaffQuestion> reader) {
        if (question == null && id != null) {
            question = reader.apply(id);
        }
        return question;
    }

    /** Closes the dialog {@code widget} when the step it confirmed succeeded. */
    static void closeOnSuccess(StaffQuestion result, String widget) {
        if (result != null) {
            PrimeFaces.current().executeScript("PF('" + widget + "').hide()");
        }
    }
}
