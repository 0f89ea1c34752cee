package vn.ttdt.portal.batch.quota;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.domain.ComplianceRow;

/** Adds to a row the items it counted. */
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

    @Override
    public ComplianceRow processItem(Object item) {
        return computation.withCountedItems((ComplianceRow) item, QuotaJobParameters.quarter(year, quarter));
    }
}
