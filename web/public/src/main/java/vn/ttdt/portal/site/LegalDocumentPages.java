package vn.ttdt.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.application.TermView;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The legal documents database {@code /van-ban} (filters in Vietnamese parameter names, as the page cache keys them)
 * and a document's page {@code /van-ban/{slug}}; loaded by view actions. A filter value that is not one the page
 * offers is ignored rather than refused.
 */
@Named("legalPages")
@RequestScoped
public class LegalDocumentPages {

    public static final int PAGE_SIZE = 20;

    @Inject
    private PublicLegalDocuments documents;

    private String slug;
    private String query;
    private String type;
    private String field;
    private String level;
    private String issuer;
    private String year;
    private String status;
    private String number;
    private String sort;
    private int pageNumber = 1;
    private String typeOptions = "";
    private String fieldOptions = "";
    private String levelOptions = "";
    private String yearOptions = "";
    private String statusOptions = "";
    private String base;
    private String rows = "";
    private String form = "";
    private Page<LegalDocumentView> results = new Page<>(List.of(), 0);
    private LegalDocumentView document;

    public void loadList() {
        Map<TermKind, List<TermView>> terms = documents.termsByKind();
        typeOptions = termOptions(terms.get(TermKind.TYPE), type);
        fieldOptions = termOptions(terms.get(TermKind.FIELD), field);
        levelOptions = termOptions(terms.get(TermKind.LEVEL), level);
        yearOptions = MenuOptions.of(years(), String::valueOf, String::valueOf, year);
        statusOptions = MenuOptions.of(Arrays.asList(LegalStatus.values()), LegalStatus::name,
                s -> DomainTexts.text(s.labelKey()), status);
        LegalDocumentFilter filter = new LegalDocumentFilter(limited(query), id(type), id(field), id(level), limited(issuer),
                year(), status(), limited(number));
        results = documents.search(filter, new PageRequest((Math.max(1, pageNumber) - 1) * PAGE_SIZE, PAGE_SIZE,
                "issuedOn", "cu-nhat".equals(sort)));
        rows = LegalDocumentRows.of(results.items());
        FacesContext faces = FacesContext.getCurrentInstance();
        form = LegalSearchForm.of(faces.getApplication().getResourceBundle(faces, "txt"), this);
    }

    public void loadDocument() throws IOException {
        document = slug == null ? null : documents.bySlug(slug).orElse(null);
        if (document == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Không tìm thấy");
            faces.responseComplete();
        }
    }

    private static String termOptions(List<TermView> terms, String chosen) {
        return MenuOptions.of(terms, t -> String.valueOf(t.id()), TermView::name, chosen);
    }

    /** The list's address with the current filters, ending in ? or &, for the paging links. */
    public String getBase() {
        if (base == null) {
            base = addressWithFilters();
        }
        return base;
    }

    private String addressWithFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        filters.put("loai", type);
        filters.put("linh-vuc", field);
        filters.put("cap", level);
        filters.put("co-quan", issuer);
        filters.put("nam", year);
        filters.put("tinh-trang", status);
        filters.put("so", number);
        filters.put("sap-xep", sort);
        StringJoiner query = new StringJoiner("&", "/van-ban?", "&").setEmptyValue("/van-ban?");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public int getPageCount() {
        return (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The years a document may have been issued in, newest first, for the year filter. */
    private static List<Integer> years() {
        int thisYear = LocalDate.now(BusinessCalendar.ZONE).getYear();
        return java.util.stream.IntStream.rangeClosed(1990, thisYear).map(y -> thisYear + 1990 - y).boxed().toList();
    }

    public String day(LocalDate day) {
        return day == null ? "" : BusinessCalendar.dayLabel(day);
    }

    /** A file's size the way people say it: 245 KB, 1,2 MB. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024));
    }

    public boolean isFiltered() {
        return getBase().length() > "/van-ban?".length();
    }

    private Integer year() {
        Long parsed = id(year);
        return parsed == null || parsed < 1900 || parsed > 2200 ? null : parsed.intValue();
    }

    private LegalStatus status() {
        return Arrays.stream(LegalStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    private static Long id(String text) {
        return text == null || !text.strip().matches("\\d{1,18}") ? null : Long.valueOf(text.strip());
    }

    private static String limited(String text) {
        return text == null || text.isBlank() || text.length() > 200 ? null : text.strip();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPageNumber() { return pageNumber; }
    public void setPageNumber(int pageNumber) { this.pageNumber = pageNumber; }
    public String getTypeOptions() { return typeOptions; }
    public String getFieldOptions() { return fieldOptions; }
    public String getLevelOptions() { return levelOptions; }
    public String getYearOptions() { return yearOptions; }
    public String getStatusOptions() { return statusOptions; }
    public Page<LegalDocumentView> getResults() { return results; }
    public String getRows() { return rows; }
    /** The search form with the filters chosen ({@link LegalSearchForm}). */
    public String getForm() { return form; }
    public LegalDocumentView getDocument() { return document; }
}
