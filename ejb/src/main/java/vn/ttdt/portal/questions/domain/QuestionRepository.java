package vn.ttdt.portal.questions.domain;

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

    /** Published questions of {@code site}, newest first, of one field or all ({@code field} null). */
    Page<Question> published(Site site, QuestionField field, PageRequest page);
}
