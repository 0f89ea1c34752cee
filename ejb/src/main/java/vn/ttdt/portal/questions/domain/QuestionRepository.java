package vn.ttdt.portal.questions.domain;

import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface QuestionRepository extends SiteOwnedRepository<Question> {

    Optional<Question> byCode(Site site, String trackingCode);

    boolean codeTaken(String trackingCode);

    Question add(Question question);

    /** Published questions of {@code site}, newest first, of one field or all ({@code field} null). */
    Page<Question> published(Site site, QuestionField field, PageRequest page);
}
