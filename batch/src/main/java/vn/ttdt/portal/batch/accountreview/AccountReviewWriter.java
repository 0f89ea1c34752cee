package vn.ttdt.portal.batch.accountreview;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.ttdt.portal.organisation.domain.AccountReviewFinding;
import vn.ttdt.portal.organisation.domain.AccountReviewRepository;

/** Stores a chunk of findings in the chunk's transaction. */
@Named
@Dependent
public class AccountReviewWriter extends AbstractItemWriter {

    @Inject
    private AccountReviewRepository reviews;

    @Override
    public void writeItems(List<Object> items) {
        reviews.addAll(items.stream().map(AccountReviewFinding.class::cast).toList());
    }
}
