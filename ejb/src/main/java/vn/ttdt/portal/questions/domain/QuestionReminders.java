package vn.ttdt.portal.questions.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Unit;

/** The reminders sent about unanswered questions, and whom they go to. */
public interface QuestionReminders {

    /** Questions of every site forwarded and not answered yet, with a deadline. */
    List<Question> awaitingAnswer();

    boolean sentOn(Question question, LocalDate day);

    void add(QuestionReminder reminder);

    /** The last day a reminder went out, per question id, for the given questions. */
    Map<Long, LocalDate> lastSent(Collection<Long> questionIds);

    /** Whether a reminder of {@code kind} went out about {@code question} on any day. */
    boolean sent(Question question, Chase.Kind kind);

    /** The active unit reporters of {@code unit}, who answer its questions. */
    List<Account> reportersOf(Unit unit);
}
