package vn.ttdt.portal.questions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface QuestionRepository extends SiteOwnedRepository<Question> {

    Optional<Question> byCode(Site site, String trackingCode);

    boolean codeTaken(String trackingCode);

    Question add(Question question);

    /** Questions of {@code site} in one of {@code states}, of one unit or all ({@code unit} null), oldest first. */
    Page<Question> inStates(Site site, Set<QuestionState> states, Unit unit, PageRequest page);

    /** Questions of {@code site} forwarded and still unanswered after their deadline, as of {@code today}, most late first. */
    Page<Question> overdue(Site site, LocalDate today, PageRequest page);

    /** Every question of {@code site} received from {@code from} (included) to {@code to} (excluded), with its unit; of one unit or all ({@code unit} null). */
    List<Question> receivedBetween(Site site, Unit unit, Instant from, Instant to);

    /** The latest {@code limit} questions of {@code site} and {@code field} whose answer the board approved, newest first. */
    List<Question> answered(Site site, QuestionField field, int limit);

    /** Published questions of {@code site}, newest first, of one field or all ({@code field} null). */
    Page<Question> published(Site site, QuestionField field, PageRequest page);
}
