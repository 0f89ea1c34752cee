package vn.ttdt.portal.batch.royalty;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLine;

/** Writes a chunk's lines and counts its works (each item is a work's lines, maybe none), in the chunk's transaction. */
@Named
@Dependent
public class PayrollLineWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    private PayrollComputation computation;

    private long payrollId;

    @Override
    public void open(Serializable checkpoint) {
        payrollId = computation.payrollId(PayrollMonth.parse(month));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        List<PayrollLine> lines = new ArrayList<>();
        items.forEach(item -> lines.addAll((List<PayrollLine>) item));
        computation.write(payrollId, items.size(), lines);
    }
}
