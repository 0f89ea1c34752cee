package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.QuarterItems;

/** Adds to a row the items it counted, from the quarter's items read once on the first row (again after a restart). */
@Named
@Dependent
public class CountedItemsProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String year;

    @Inject
    @BatchProperty
    private String quarter;

    @Inject
    private QuotaComplianceComputation computation;

    private QuarterItems items;

    @Override
    public ComplianceRow processItem(Object item) {
        if (items == null) {
            items = computation.countedItems(QuotaJobParameters.quarter(year, quarter));
        }
        return items.countedBy((ComplianceRow) item);
    }
}
