package vn.ttdt.portal.admin.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * A PrimeFaces lazy table model over a paged service call: the table asks for a page and a sort,
 * the service answers with the rows and the total.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private final transient Function<PageRequest, Page<T>> source;
    private final transient Function<T, Object> rowKey;
    private transient List<T> current = List.of();

    public PagedModel(Function<PageRequest, Page<T>> source, Function<T, Object> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        Page<T> page = source.apply(request);
        setRowCount((int) page.total());
        current = page.items();
        return current;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    @Override
    public T getRowData(String key) {
        return current.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
    }
}
